import Foundation

/// An audio file opened once and read block by block as mono Float samples: what the player
/// airs. The file stays open, so it can be read to the end even if it is deleted or replaced
/// meanwhile.
///
/// ```swift
/// let stream = try AudioFileStream(url: program)
/// while let block = stream.read(maxFrames: 1_024) { try output.write(block) }
/// ```
public final class AudioFileStream {
  private let file: SoundFile
  private var buffer: [Float] = []
  /// Frames per second.
  public var sampleRate: Int { file.sampleRate }
  /// Frames in the file.
  public var frames: Int { file.frames }
  /// Frames read so far.
  public private(set) var position = 0

  /// Opens `url` for reading.
  public init(url: URL) throws {
    file = try SoundFile.openForReading(url.path)
  }

  /// The next block of at most `maxFrames` mono frames (channels averaged); `nil` at the end.
  public func read(maxFrames: Int) -> [Float]? {
    let channels = max(1, file.channels)
    let wanted = max(1, maxFrames)
    if buffer.count < wanted * channels { buffer = [Float](repeating: 0, count: wanted * channels) }
    let got = buffer.withUnsafeMutableBufferPointer { file.read(into: $0.baseAddress!, frames: wanted) }
    guard got > 0 else { return nil }
    position += got
    if channels == 1 { return Array(buffer[0..<got]) }
    return (0..<got).map { frame in
      var sum: Float = 0
      for channel in 0..<channels { sum += buffer[frame * channels + channel] }
      return sum / Float(channels)
    }
  }
}
