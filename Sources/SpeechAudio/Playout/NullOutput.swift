/// The `none` device: audio goes nowhere, frames are only counted.
///
/// Nothing here blocks or sleeps; the player paces itself with its own (virtual) clock.
public final class NullOutput: AudioOutput {
  /// Always `none`.
  public let name = "none"
  /// The rate the caller's samples are at.
  public let sampleRate: Int
  /// Frames accepted so far.
  public private(set) var framesWritten = 0
  /// Same as ``framesWritten``: nothing is queued.
  public var framesPlayed: Int { framesWritten }
  private var isClosed = false

  /// An output that discards `sampleRate` audio.
  public init(sampleRate: Int) {
    self.sampleRate = sampleRate
  }

  /// Counts the samples.
  public func write(_ samples: UnsafeBufferPointer<Float>) throws {
    guard !isClosed else { throw PlayoutError.closed(name) }
    framesWritten += samples.count
  }

  /// Counts the frames.
  public func writeSilence(frames: Int) throws {
    guard !isClosed else { throw PlayoutError.closed(name) }
    framesWritten += max(0, frames)
  }

  /// Nothing is queued.
  public func drain() {}

  /// Later writes throw.
  public func close() {
    isClosed = true
  }
}
