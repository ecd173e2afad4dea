import VietnameseText

/// How spoken sentences are phrased into synthesis segments: the silences after sentences and
/// paragraphs and, when ``clausePause`` is set, long sentences cut into clauses with a silence
/// after each (levers of the intelligibility search; ``standard`` is what the planner times).
public struct Phrasing: Sendable, Hashable {
  /// After a sentence inside a paragraph, in seconds.
  public var sentencePause: Double
  /// After a paragraph, in seconds.
  public var paragraphPause: Double
  /// After a clause cut by ``splitter``, in seconds; nil leaves sentences whole.
  public var clausePause: Double?
  /// Where sentences are cut when ``clausePause`` is set.
  public var splitter: ClauseSplitter

  /// Loa's phrasing: the planner's pauses, sentences whole.
  public static let standard = Phrasing()

  /// Creates a phrasing; the defaults are ``standard``.
  public init(
    sentencePause: Double = SpeechPauses.sentence, paragraphPause: Double = SpeechPauses.paragraph,
    clausePause: Double? = nil, splitter: ClauseSplitter = ClauseSplitter()
  ) {
    self.sentencePause = sentencePause
    self.paragraphPause = paragraphPause
    self.clausePause = clausePause
    self.splitter = splitter
  }

  /// The silence after a sentence with this pause.
  public func seconds(after pause: Sentence.Pause) -> Double {
    switch pause {
    case .sentence: return sentencePause
    case .paragraph: return paragraphPause
    }
  }

  /// The spoken pieces of one sentence: its clauses when cutting is on, else the sentence.
  public func pieces(of sentence: Sentence) -> [String] {
    clausePause == nil ? [sentence.text] : splitter.clauses(of: sentence.text)
  }
}
