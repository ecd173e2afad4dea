import Foundation
import SpeechAudio
import Synchronization
import VietnameseText

/// Synthesised speech by content hash, under `out/.cache/`.
///
/// The key covers everything that changes the audio: the spoken (normalised) sentences and their
/// pauses, the voice settings, the engine version and the sample rate. A cached file is a plain
/// WAV at the program's sample rate, not loudness-normalised (programs are normalised whole).
final class SpeechCache: Sendable {
  /// The cache folder.
  let folder: URL
  /// Voice used for every entry of this cache instance.
  let voice: VoiceSettings
  /// Output sample rate.
  let sampleRate: Int
  private let normalizer: Normalizer
  private let engineVersion: String
  /// What this view has learnt so far: lengths by key, keys by text (state inside the lock).
  private struct Memo {
    var secondsByKey: [String: Double] = [:]
    var keyByText: [String: String] = [:]
  }
  private let memo = Mutex(Memo())

  /// Creates the cache view for one voice and sample rate.
  init(
    folder: URL, voice: VoiceSettings, sampleRate: Int, normalizer: Normalizer,
    engineVersion: String
  ) {
    self.folder = folder
    self.voice = voice
    self.sampleRate = sampleRate
    self.normalizer = normalizer
    self.engineVersion = engineVersion
  }

  /// The cache key of a written text (normalised first).
  func key(forText text: String) -> String {
    if let key = memo.withLock({ $0.keyByText[text] }) { return key }
    let sentences = normalizer.sentences(text)
    var material = "loa-cache-v1\n\(engineVersion)\n\(voice.name)|\(voice.rate)|\(voice.pitch)"
    material += "|\(voice.volume)|\(voice.wordGap)|\(sampleRate)\n"
    if voice.range != 50 || voice.variant != nil {
      // Keys of voices without these settings stay as they were (the cache stays warm).
      material += "range \(voice.range)|variant \(voice.variant?.fingerprint ?? "-")\n"
    }
    material += "\(SpeechPauses.sentence)|\(SpeechPauses.paragraph)|trailing-pause\n"
    for sentence in sentences {
      material += (sentence.pause == .paragraph ? "P " : "S ") + sentence.text + "\n"
    }
    let key = SHA256.hex(of: material)
    memo.withLock { $0.keyByText[text] = key }
    return key
  }

  /// The cached file for `key` (it may not exist yet).
  func url(forKey key: String) -> URL {
    folder.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
      .appendingPathComponent("\(key).wav")
  }

  /// The exact length of the cached audio of `text`, or nil when it is not cached.
  func seconds(forText text: String) -> Double? {
    let key = key(forText: text)
    if let seconds = memo.withLock({ $0.secondsByKey[key] }) { return seconds }
    let url = url(forKey: key)
    guard FileManager.default.fileExists(atPath: url.path),
      let info = try? AudioFile.probe(url), info.sampleRate == sampleRate
    else { return nil }
    remember(info.seconds, for: key)
    return info.seconds
  }

  /// Synthesises `text` into the cache (atomically) and returns its length in seconds.
  @discardableResult
  func store(text: String, renderer: AudioRenderer) throws -> Double {
    let key = key(forText: text)
    let url = url(forKey: key)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let segments = Self.segments(normalizer.sentences(text), voice: voice)
    var options = AudioRenderOptions(
      sampleRate: sampleRate, loudnessTarget: nil,
      metadata: AudioMetadata(comment: AudioMetadata.aiLabel, software: StudioInfo.software))
    options.measuresLoudness = false
    let rendered = try renderer.render(segments, to: url, options: options)
    remember(rendered.seconds, for: key)
    return rendered.seconds
  }

  /// A cached item's segments: each sentence followed by its pause, the last one included (the
  /// planner's estimate counts a pause after every sentence, so items line up exactly).
  static func segments(_ sentences: [Sentence], voice: VoiceSettings) -> [AudioSegment] {
    SpeechPauses.segments(sentences, voice: voice, pauseAfterLast: true)
  }

  private func remember(_ seconds: Double, for key: String) {
    memo.withLock { $0.secondsByKey[key] = seconds }
  }
}
