import BroadcastPlan
import Foundation
import LoaStudio
import LoaTestSupport
import SpeechAudio
import Testing
import VietnameseText

/// The phrasing levers of the intelligibility search: pauses and clause cutting reach the
/// segments and the audio.
@Suite("Phrasing", .serialized)
struct PhrasingTests {
  static let sentences = [
    Sentence(
      text:
        "Khi nhận cuộc gọi video của người thân hỏi vay tiền, bà con hãy gọi lại bằng số đã biết.",
      pause: .sentence),
    Sentence(text: "Xin cảm ơn.", pause: .paragraph),
  ]

  /// Seconds of silence and the spoken texts of `segments`, in order.
  static func describe(_ segments: [AudioSegment]) -> [String] {
    segments.map { segment in
      switch segment {
      case .speech(let text, _): return text
      case .silence(let seconds): return "\(seconds)s"
      default: return "other"
      }
    }
  }

  @Test("standard phrasing: each sentence whole, followed by the planner's pause")
  func standard() {
    let segments = SpeechPauses.segments(
      Self.sentences, voice: VoiceSettings(), pauseAfterLast: true)
    #expect(
      Self.describe(segments) == [
        Self.sentences[0].text, "\(SpeechPauses.sentence)s", "Xin cảm ơn.",
        "\(SpeechPauses.paragraph)s",
      ])
  }

  @Test("a clause pause cuts the long sentence at its comma and puts the pause there")
  func clausePause() {
    let phrasing = Phrasing(sentencePause: 0.9, clausePause: 0.25)
    let segments = SpeechPauses.segments(
      Self.sentences, voice: VoiceSettings(), pauseAfterLast: false, phrasing: phrasing)
    #expect(
      Self.describe(segments) == [
        "Khi nhận cuộc gọi video của người thân hỏi vay tiền,", "0.25s",
        "bà con hãy gọi lại bằng số đã biết.", "0.9s", "Xin cảm ơn.",
      ])
  }

  @Test("loa say with a clause pause is longer by about that pause, read back from the file")
  func audioLonger() throws {
    let folder = try TemporaryFolder("loa-phrasing")
    defer { folder.remove() }
    let text = Self.sentences.map(\.text).joined(separator: " ")
    func render(_ phrasing: Phrasing, _ name: String) throws -> AudioProbe {
      let url = folder.file(name)
      _ = try Speaker().say(
        SpeechRequest(
          input: .text(text), output: url, day: CalendarDay(year: 2026, month: 12, day: 2)!,
          loudness: nil, phrasing: phrasing))
      return try AudioProbe(url)
    }
    let whole = try render(.standard, "whole.wav")
    let cut = try render(Phrasing(clausePause: 0.6), "cut.wav")
    // One cut, 0.6 s of silence, give or take the intonation espeak-ng gives the clause end.
    #expect(cut.seconds > whole.seconds + 0.3, "\(whole.seconds) → \(cut.seconds)")
    #expect(cut.seconds < whole.seconds + 1.5, "\(whole.seconds) → \(cut.seconds)")
    #expect(cut.sampleRate == 22_050)
  }
}
