import BroadcastPlan
import SpeechAudio
import VietnameseText

/// The silences put between sentences, in the speech cache and in `loa say`: the lengths are
/// the planner's (``BroadcastPlan/ProgramTiming/standardSentencePause``), so plan and audio agree.
public enum SpeechPauses {
  /// After a sentence inside a paragraph, in seconds.
  public static let sentence = ProgramTiming.standardSentencePause
  /// After a paragraph (a blank line in the script), in seconds.
  public static let paragraph = ProgramTiming.standardParagraphPause

  /// The silence after a sentence with this pause.
  public static func seconds(after pause: Sentence.Pause) -> Double {
    switch pause {
    case .sentence: return sentence
    case .paragraph: return paragraph
    }
  }

  /// Speech segments for `sentences`, each followed by its pause; the last sentence's pause is
  /// kept only when `pauseAfterLast` (program items keep it, as the planner counts it).
  public static func segments(
    _ sentences: [Sentence], voice: VoiceSettings, pauseAfterLast: Bool
  ) -> [AudioSegment] {
    var segments: [AudioSegment] = []
    for (index, sentence) in sentences.enumerated() {
      segments.append(.speech(sentence.text, voice))
      if pauseAfterLast || index < sentences.count - 1 {
        segments.append(.silence(seconds: seconds(after: sentence.pause)))
      }
    }
    return segments
  }
}
