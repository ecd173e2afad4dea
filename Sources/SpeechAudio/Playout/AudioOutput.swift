/// Somewhere the playout sends mono Float samples (−1…1) at the schedule's sample rate: a sound
/// card (``AlsaOutput``), nowhere (``NullOutput``), an air-check file (``AirCheckRecorder``) or an
/// Icecast server (``IcecastStream``).
///
/// Every call is synchronous and may block (ALSA blocks until the device has room, which is what
/// paces a real playout). An output is not thread-safe: create it, feed it and close it on the
/// player's own thread. Feed blocks of 20–50 ms; ``framesPlayed`` says how much has actually gone
/// out, which is what an airing's `played_seconds` should record.
///
/// ```swift
/// let output = try AlsaOutput(device: "default", sampleRate: 22_050)
/// let program = try ProgramReader(url: file, sampleRate: output.sampleRate)
/// while true {
///   let block = try program.read(maxFrames: 1_024)  // ≈ 46 ms at 22,050 Hz
///   if block.isEmpty { break }
///   try output.write(block)
/// }
/// try output.drain()
/// let played = output.playedSeconds
/// ```
public protocol AudioOutput: AnyObject {
  /// A short name for logs, without secrets: `alsa:default`, `none`, `record:/…/air.wav`,
  /// `icecast://host:8000/loa`.
  var name: String { get }
  /// The rate the caller's samples are at (frames per second).
  var sampleRate: Int { get }
  /// Frames accepted by ``write(_:)`` and ``writeSilence(frames:)`` so far.
  var framesWritten: Int { get }
  /// Frames that have actually gone out (written minus what is still queued in the device).
  var framesPlayed: Int { get }

  /// Sends mono samples; blocks until the output has taken them all, or throws a
  /// ``PlayoutError`` (after which the output should be closed and, if wanted, reopened).
  func write(_ samples: UnsafeBufferPointer<Float>) throws
  /// Sends `frames` of digital silence (the gap between programs).
  func writeSilence(frames: Int) throws
  /// Announces the program now starting (Icecast shows it to listeners; others ignore it).
  func setTitle(_ title: String) throws
  /// Blocks until everything written so far has gone out.
  func drain() throws
  /// Finishes the output (renames a recording, disconnects a stream); later writes throw
  /// ``PlayoutError/closed(_:)``. Closing twice does nothing.
  func close() throws
}

extension AudioOutput {
  /// Seconds that have actually gone out (``framesPlayed`` at ``sampleRate``).
  public var playedSeconds: Double { Double(framesPlayed) / Double(sampleRate) }

  /// Sends a whole array of samples.
  public func write(_ samples: [Float]) throws {
    try samples.withUnsafeBufferPointer { try write($0) }
  }

  /// Silence as zeros through ``write(_:)``, 2,048 frames at a time.
  public func writeSilence(frames: Int) throws {
    let zeros = [Float](repeating: 0, count: min(max(frames, 0), 2_048))
    var remaining = frames
    try zeros.withUnsafeBufferPointer { all in
      while remaining > 0 {
        let count = min(remaining, all.count)
        try write(UnsafeBufferPointer(rebasing: all[0..<count]))
        remaining -= count
      }
    }
  }

  /// Outputs without listeners ignore titles.
  public func setTitle(_ title: String) throws {}
}
