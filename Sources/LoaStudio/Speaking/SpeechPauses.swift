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

  /// Speech segments for `sentences`, each followed by its pause; the last sentence's pause is
  /// kept only when `pauseAfterLast` (program items keep it, as the planner counts it). With a
  /// `phrasing` that cuts clauses, each clause is its own segment followed by the clause pause.
  public static func segments(
    _ sentences: [Sentence], voice: VoiceSettings, pauseAfterLast: Bool,
    phrasing: Phrasing = .standard
  ) -> [AudioSegment] {
    var segments: [AudioSegment] = []
    for (index, sentence) in sentences.enumerated() {
      let pieces = phrasing.pieces(of: sentence)
      for (pieceIndex, piece) in pieces.enumerated() {
        segments.append(.speech(piece, voice))
        if pieceIndex < pieces.count - 1, let clause = phrasing.clausePause {
          segments.append(.silence(seconds: clause))
        }
      }
      if pauseAfterLast || index < sentences.count - 1 {
        segments.append(.silence(seconds: phrasing.seconds(after: sentence.pause)))
      }
    }
    return segments
  }
}
