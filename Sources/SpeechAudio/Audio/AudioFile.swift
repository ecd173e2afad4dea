import Foundation

/// Reading and writing audio files with libsndfile.
///
/// Reads any format libsndfile reads; writes WAV (16-bit PCM), FLAC, Ogg Vorbis or MP3 by
/// extension, always to a temporary name in the same folder that is renamed when complete.
public enum AudioFile {
  /// Sample rate, channels, length and string fields of a file.
  public static func probe(_ url: URL) throws -> AudioFileInfo {
    let file = try SoundFile.openForReading(url.path)
    return AudioFileInfo(
      sampleRate: file.sampleRate, channels: file.channels, frames: file.frames,
      metadata: file.metadata())
  }

  /// Streams a file as mono Float samples (channels averaged), resampled to `sampleRate` when
  /// given and different from the file's rate.
  public static func readMono(
    _ url: URL, sampleRate: Int? = nil, chunk: (UnsafeBufferPointer<Float>) throws -> Void
  ) throws {
    let rate = try sampleRate ?? probe(url).sampleRate
    let reader = SegmentReader(sampleRate: rate, synthesizer: .shared)
    try reader.produce(.file(url), sink: chunk)
  }

  /// Writes mono samples to `url` (format from its extension) with the given string fields.
  public static func write(
    _ samples: [Float], sampleRate: Int, to url: URL, metadata: AudioMetadata = AudioMetadata()
  ) throws {
    let format = try AudioFileFormat(url: url)
    guard (8_000...192_000).contains(sampleRate) else {
      throw SpeechAudioError.invalidSampleRate(sampleRate)
    }
    let output = try OutputFile(for: url)
    let file = try SoundFile.openForWriting(
      descriptor: output.descriptor, path: url.path, format: format, sampleRate: sampleRate)
    file.setMetadata(metadata)
    try samples.withUnsafeBufferPointer { try file.write($0) }
    try file.close()
    try output.commit()
  }

  /// Removes the temporary files an interrupted render left in `folder` (names
  /// `.NAME.loa-tmp-PID-…` and `.NAME.loa-scratch-PID-…` whose process is no longer running);
  /// returns what was removed. Files of a render still running are left alone.
  @discardableResult
  public static func removeLeftovers(in folder: URL) throws -> [URL] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    var removed: [URL] = []
    for name in names {
      guard let pid = OutputFile.ownerProcess(ofTemporaryName: name), !processIsRunning(pid)
      else { continue }
      let url = folder.appendingPathComponent(name)
      try FileManager.default.removeItem(at: url)
      removed.append(url)
    }
    return removed.sorted { $0.path < $1.path }
  }

  /// Whether a process with this id exists.
  private static func processIsRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}
