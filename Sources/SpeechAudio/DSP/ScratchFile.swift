import Foundation

/// Raw Float samples parked on disk between the two passes of loudness normalisation.
///
/// Written sequentially by one thread, then read back (as often as needed, by several threads
/// at once: reads use `pread`); deleted by ``remove()`` or on deinit.
final class ScratchFile: @unchecked Sendable {
  private let output: OutputFile
  private var stream: UnsafeMutablePointer<FILE>?
  /// Samples written.
  private(set) var count = 0

  /// Creates a scratch file beside `url` (same disk as the result, not RAM-backed /tmp).
  init(beside url: URL) throws {
    output = try OutputFile(for: url, suffix: "scratch")
    stream = fdopen(output.descriptor, "w+")
    guard stream != nil else { throw SpeechAudioError.scratchFailed(output.temporaryPath) }
  }

  deinit {
    remove()
  }

  /// Closes and deletes the file (safe to call more than once).
  func remove() {
    if let stream { fclose(stream) }
    stream = nil
    output.discard()
  }

  /// Appends samples.
  func write(_ samples: UnsafeBufferPointer<Float>) throws {
    guard let base = samples.baseAddress, !samples.isEmpty else { return }
    guard fwrite(base, MemoryLayout<Float>.size, samples.count, stream) == samples.count else {
      throw SpeechAudioError.scratchFailed(output.temporaryPath)
    }
    count += samples.count
  }

  /// Finishes writing: everything written becomes readable.
  func finishWriting() throws {
    guard fflush(stream) == 0 else { throw SpeechAudioError.scratchFailed(output.temporaryPath) }
  }

  /// Reads samples `range` back in chunks of `chunk` samples; `body` also gets each chunk's
  /// position in the program. Safe to call from several threads at once.
  func read(
    _ range: Range<Int>, chunk: Int, _ body: (UnsafeBufferPointer<Float>, Int) throws -> Void
  ) throws {
    var buffer = [Float](repeating: 0, count: chunk)
    var position = range.lowerBound
    let descriptor = output.descriptor
    while position < range.upperBound {
      let wanted = min(chunk, range.upperBound - position)
      let bytes = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, wanted * 4, off_t(position * 4))
      }
      guard bytes == wanted * 4 else { throw SpeechAudioError.scratchFailed(output.temporaryPath) }
      try buffer.withUnsafeBufferPointer {
        try body(UnsafeBufferPointer(rebasing: $0[0..<wanted]), position)
      }
      position += wanted
    }
  }
}
