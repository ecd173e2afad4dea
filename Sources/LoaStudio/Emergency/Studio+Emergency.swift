import BroadcastPlan
import Foundation
import SpeechAudio
import VietnameseText

extension Studio {
  /// The spoken opening of every emergency announcement.
  public static let emergencyOpening = "Thông báo khẩn. Thông báo khẩn."

  /// Renders an emergency announcement to `url`: the emergency chime (distinct from the normal one), "Thông báo khẩn", the normalised
  /// text, and the schedule's closing (its synthetic-voice disclosure), loudness-normalised like
  /// a program and labelled as AI-generated.
  ///
  /// - Throws: ``StudioError/emptyText(source:)`` when the text has nothing to read.
  public func renderEmergency(_ workspace: Workspace, text: String, to url: URL) throws
    -> EmergencyRecording
  {
    let schedule = try workspace.validSchedule()
    let voice = StationVoice.settings(for: schedule.voice)
    let normalizer = Normalizer(
      dialect: Dialect(voiceName: schedule.voice.name), lexicon: workspace.lexicon)
    let body = normalizer.sentences(text)
    guard !body.isEmpty else { throw StudioError.emptyText(source: "thông báo khẩn") }
    let gap = AudioSegment.silence(seconds: schedule.audio.gap)
    var segments: [AudioSegment] = [.emergencyChime, gap]
    for part in [Self.emergencyOpening, text, schedule.closing] where !part.isEmpty {
      let sentences = part == text ? body : normalizer.sentences(part)
      segments += SpeechPauses.segments(sentences, voice: voice, pauseAfterLast: false)
      segments.append(gap)
    }
    segments.removeLast()
    let options = AudioRenderOptions(
      sampleRate: schedule.audio.sampleRate, loudnessTarget: schedule.audio.loudness,
      truePeakCeiling: -1,
      metadata: AudioMetadata(
        title: "Thông báo khẩn — \(schedule.station)", artist: schedule.station,
        comment: AudioMetadata.aiLabel, software: StudioInfo.software))
    let rendered = try AudioRenderer().render(segments, to: url, options: options)
    return EmergencyRecording(
      url: url, seconds: rendered.seconds, sha256: try SHA256.hex(ofFile: url))
  }
}
