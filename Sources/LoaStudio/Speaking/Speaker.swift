import BroadcastPlan
import Foundation
import SpeechAudio
import VietnameseText

/// Reads a Vietnamese text aloud into an audio file: the library side of `loa say`.
///
/// It decodes the text (UTF-8, with the byte offset of the first bad byte), skips a bulletin
/// script's `---` header, normalises it into spoken sentences with `VietnameseText`, checks the
/// voice, and renders the sentences with short pauses, normalised and labelled as synthesised
/// speech.
///
/// ```swift
/// let result = try Speaker().say(
///   SpeechRequest(input: .text("Xin chào bà con."), output: URL(fileURLWithPath: "say.wav")))
/// print(result.seconds)
/// ```
public struct Speaker: Sendable {
  /// The renderer (and through it the synthesizer).
  public let renderer: AudioRenderer

  /// Creates a speaker; a renderer with a worker pool synthesises long texts in parallel,
  /// sentence by sentence, with the same result.
  public init(renderer: AudioRenderer = AudioRenderer()) {
    self.renderer = renderer
  }

  /// The installed voices, Vietnamese first (for `loa voices`).
  public func voices() throws -> [VoiceInfo] {
    try renderer.synthesizer.voices()
  }

  /// Reads `request.input` aloud into `request.output`.
  public func say(_ request: SpeechRequest) throws -> RenderedAudio {
    // The workers start while the text is read, checked and normalised.
    renderer.pool?.startWorkers()
    let raw = try request.input.read()
    // A bulletin script's header is not read aloud; BroadcastPlan's parser splits it off.
    let text = ScriptParser(path: request.input.sourceName, file: request.input.sourceName)
      .parse(raw).body
    let voice = try renderer.synthesizer.voice(named: request.voice.name)
    var settings = request.voice
    settings.name = voice.name
    // The operator's pronunciation overrides apply here as in `loa render` and `loa normalize`.
    let sentences = Normalizer(dialect: Dialect(voiceName: voice.name), lexicon: request.lexicon)
      .sentences(text)
    guard !sentences.isEmpty else { throw StudioError.emptyText(source: request.input.sourceName) }
    let segments = SpeechPauses.segments(
      sentences, voice: settings, pauseAfterLast: false, phrasing: request.phrasing)
    // Temporary files of an earlier `loa say` that was killed (their process is gone).
    _ = try? AudioFile.removeLeftovers(in: request.output.deletingLastPathComponent())
    let options = AudioRenderOptions(
      sampleRate: request.sampleRate, loudnessTarget: request.loudness,
      metadata: metadata(title: sentences[0].text, day: request.day))
    do {
      return try renderer.render(segments, to: request.output, options: options)
    } catch let error as SpeechAudioError {
      if case .workerFailed = error {
        throw StudioError.synthesisFailed(
          script: request.input.sourceName, reason: error.description)
      }
      throw error
    }
  }

  /// Title (first sentence, shortened), software, date and the AI-synthesis label.
  private func metadata(title: String, day: CalendarDay) -> AudioMetadata {
    let shortTitle = title.count > 80 ? String(title.prefix(79)) + "…" : title
    return AudioMetadata(
      title: shortTitle, comment: AudioMetadata.aiLabel,
      software: "Loa (\(renderer.synthesizer.engineVersion))", date: day.description)
  }
}
