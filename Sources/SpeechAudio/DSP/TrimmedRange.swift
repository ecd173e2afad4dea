/// The part of a recording that ``SilenceTrimmer`` keeps, in frames of the file's own rate.
public struct TrimmedRange: Sendable, Hashable {
  /// The file's frames per second.
  public let sampleRate: Int
  /// Frames in the whole file.
  public let totalFrames: Int
  /// The first frame kept.
  public let start: Int
  /// One past the last frame kept.
  public let end: Int

  /// Creates a range.
  public init(sampleRate: Int, totalFrames: Int, start: Int, end: Int) {
    self.sampleRate = sampleRate
    self.totalFrames = totalFrames
    self.start = start
    self.end = end
  }

  /// Frames kept.
  public var frames: Int { end - start }

  /// Frames the kept part becomes at `rate`: exactly what the resampler makes of it
  /// (`round(frames × rate / sampleRate)`, unchanged at the file's own rate).
  public func frames(at rate: Int) -> Int {
    rate == sampleRate
      ? frames : Int((Double(frames) * Double(rate) / Double(sampleRate)).rounded())
  }

  /// The kept length in seconds at `rate`, to the frame.
  public func seconds(at rate: Int) -> Double { Double(frames(at: rate)) / Double(rate) }

  /// The whole file's length in seconds.
  public var totalSeconds: Double { Double(totalFrames) / Double(max(1, sampleRate)) }
}
