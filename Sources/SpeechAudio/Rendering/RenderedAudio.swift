import Foundation

/// What ``AudioRenderer/render(_:to:options:)`` wrote, measured on the output samples.
public struct RenderedAudio: Sendable {
  /// The file written.
  public let url: URL
  /// Frames in the file.
  public let frames: Int
  /// Frames per second.
  public let sampleRate: Int
  /// Start of each input segment in the output, in seconds (exact: whole frames).
  public let segmentOffsets: [Double]
  /// Length of each input segment in the output, in seconds.
  public let segmentSeconds: [Double]
  /// Integrated loudness of the output in LUFS (−70 for silence; NaN when the options asked
  /// for no measurement, ``AudioRenderOptions/measuresLoudness``).
  public let integratedLoudness: Double
  /// True peak of the output in dBTP.
  public let truePeak: Double

  /// Duration in seconds.
  public var seconds: Double { Double(frames) / Double(sampleRate) }

  /// Creates a result.
  public init(
    url: URL, frames: Int, sampleRate: Int, segmentOffsets: [Double], segmentSeconds: [Double],
    integratedLoudness: Double, truePeak: Double
  ) {
    self.url = url
    self.frames = frames
    self.sampleRate = sampleRate
    self.segmentOffsets = segmentOffsets
    self.segmentSeconds = segmentSeconds
    self.integratedLoudness = integratedLoudness
    self.truePeak = truePeak
  }
}
