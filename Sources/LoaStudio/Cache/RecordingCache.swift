import Foundation
import SpeechAudio

/// The announcers' recordings, processed for airing, by content under `out/.cache/`.
///
/// A processed recording is the recording's sound range (``SilenceTrimmer``) downmixed to mono,
/// resampled to the station's rate and loudness-normalised to ``referenceLoudness`` with the
/// programs' true-peak ceiling: the level of the station's synthetic voice, so that once the
/// whole program is normalised a recorded item sounds as loud as a synthesised one. The key
/// covers the recording's bytes and every processing setting. Its length is exactly
/// ``MeasuredRecording/seconds(at:)``, the length in the plan.
final class RecordingCache: Sendable {
  /// The text whose synthesis sets the reference level (a few typical bulletin sentences).
  static let referenceText =
    "Kính thưa toàn thể bà con nhân dân. Đài truyền thanh xã xin thông báo một số nội dung "
    + "quan trọng. Bà con cần cảnh giác với các cuộc gọi video giả mạo người thân, không "
    + "chuyển tiền khi chưa gọi lại để kiểm tra."
  /// The metadata comment of a processed recording: read by a person, not generated.
  static let label = "Bản thu giọng phát thanh viên của đài (không phải giọng nói tổng hợp)."
  /// The programs' true-peak ceiling, dBTP.
  static let truePeakCeiling = -1.0

  /// The cache folder.
  let folder: URL
  /// The station's frames per second.
  let sampleRate: Int
  /// The integrated loudness recordings are normalised to, LUFS (rounded to 0.1).
  let referenceLoudness: Double
  /// The trimming rule.
  let trimmer: SilenceTrimmer

  /// Creates the cache view for one station rate and reference level.
  init(folder: URL, sampleRate: Int, referenceLoudness: Double, trimmer: SilenceTrimmer) {
    self.folder = folder
    self.sampleRate = sampleRate
    self.referenceLoudness = (referenceLoudness * 10).rounded() / 10
    self.trimmer = trimmer
  }

  /// The reference level: the integrated loudness of ``referenceText`` as the station's voice
  /// speaks it (synthesised into the speech cache once, then read from there).
  static func referenceLoudness(speech: SpeechCache, renderer: AudioRenderer) throws -> Double {
    if speech.seconds(forText: referenceText) == nil {
      try speech.store(text: referenceText, renderer: renderer)
    }
    let url = speech.url(forKey: speech.key(forText: referenceText))
    return try AudioFile.integratedLoudness(url)
  }

  /// The cache key of a measured recording.
  func key(for recording: MeasuredRecording) -> String {
    let material = [
      "loa-recording-v1", recording.digest, "\(sampleRate)", "\(referenceLoudness)",
      "\(Self.truePeakCeiling)", trimmer.settingsText,
      "\(recording.range.start)..<\(recording.range.end)",
    ]
    return SHA256.hex(of: material.joined(separator: "\n"))
  }

  /// The processed file of a recording (it may not exist yet).
  func url(for recording: MeasuredRecording) -> URL {
    let key = key(for: recording)
    return folder.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
      .appendingPathComponent("rec-\(key).wav")
  }

  /// Processes `recording` into the cache unless it is there; returns its length in seconds.
  @discardableResult
  func store(_ recording: MeasuredRecording, renderer: AudioRenderer) throws -> Double {
    let url = url(for: recording)
    if FileManager.default.fileExists(atPath: url.path),
      let info = try? AudioFile.probe(url), info.sampleRate == sampleRate
    {
      return info.seconds
    }
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // Written under a temporary name and renamed like every output; removed once normalised.
    let excerpt = folder.appendingPathComponent(
      url.deletingPathExtension().lastPathComponent + ".excerpt.wav")
    defer { try? FileManager.default.removeItem(at: excerpt) }
    try Self.copy(recording, to: excerpt)
    let options = AudioRenderOptions(
      sampleRate: sampleRate, loudnessTarget: referenceLoudness,
      truePeakCeiling: Self.truePeakCeiling,
      metadata: AudioMetadata(comment: Self.label, software: StudioInfo.software))
    return try renderer.render([.file(excerpt)], to: url, options: options).seconds
  }

  /// Writes the sound range of `recording` (mono, at its own rate) to `excerpt` (a WAV).
  static func copy(_ recording: MeasuredRecording, to excerpt: URL) throws {
    let range = recording.range
    let writer = try AudioFileWriter(url: excerpt, sampleRate: range.sampleRate)
    var position = 0
    do {
      try AudioFile.readMono(recording.url) { chunk in
        let lower = max(range.start - position, 0)
        let upper = min(range.end - position, chunk.count)
        if lower < upper { try writer.write(UnsafeBufferPointer(rebasing: chunk[lower..<upper])) }
        position += chunk.count
      }
      try writer.commit()
    } catch {
      writer.discard()
      throw error
    }
  }
}
