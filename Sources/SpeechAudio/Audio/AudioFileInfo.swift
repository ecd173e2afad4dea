/// What ``AudioFile/probe(_:)`` reports about an audio file.
public struct AudioFileInfo: Sendable, Hashable {
  /// Frames per second.
  public let sampleRate: Int
  /// Channels per frame.
  public let channels: Int
  /// Frames in the file.
  public let frames: Int
  /// The string fields present in the file.
  public let metadata: AudioMetadata

  /// Duration in seconds.
  public var seconds: Double { sampleRate > 0 ? Double(frames) / Double(sampleRate) : 0 }

  /// Creates a description.
  public init(sampleRate: Int, channels: Int, frames: Int, metadata: AudioMetadata) {
    self.sampleRate = sampleRate
    self.channels = channels
    self.frames = frames
    self.metadata = metadata
  }
}
