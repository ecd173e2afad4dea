/// A frame that does not follow ``WorkerFrame``'s layout.
enum WorkerFrameError: Error {
  /// Wrong magic, impossible length, or a payload that does not decode.
  case malformed
}
