import Foundation

/// Writes mono samples to an audio file chunk by chunk, under a temporary name in the final
/// folder that ``commit()`` renames: a failed or killed run leaves no truncated file.
///
/// ```swift
/// let writer = try AudioFileWriter(url: out, sampleRate: 22_050)
/// try samples.withUnsafeBufferPointer { try writer.write($0) }
/// try writer.commit()
/// ```
public final class AudioFileWriter {
  private let output: OutputFile
  private let file: SoundFile
  /// Frames written so far.
  public private(set) var frames = 0

  /// Opens `url` (format from its extension) for writing at `sampleRate`, with `metadata`.
  public init(url: URL, sampleRate: Int, metadata: AudioMetadata = AudioMetadata()) throws {
    let format = try AudioFileFormat(url: url)
    guard (8_000...192_000).contains(sampleRate) else {
      throw SpeechAudioError.invalidSampleRate(sampleRate)
    }
    output = try OutputFile(for: url)
    file = try SoundFile.openForWriting(
      descriptor: output.descriptor, path: url.path, format: format, sampleRate: sampleRate)
    file.setMetadata(metadata)
  }

  /// Appends samples (−1…1).
  public func write(_ samples: UnsafeBufferPointer<Float>) throws {
    try file.write(samples)
    frames += samples.count
  }

  /// Finishes the file and gives it its final name.
  public func commit() throws {
    try file.close()
    try output.commit()
  }

  /// Abandons the file: nothing is left behind.
  public func discard() {
    try? file.close()
    output.discard()
  }
}
