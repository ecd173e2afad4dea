/// One sentence of spoken text, ready for synthesis, and the pause that follows it.
public struct Sentence: Sendable, Hashable {
  /// How long a silence follows a sentence.
  public enum Pause: Sendable, Hashable {
    /// The end of a sentence inside a paragraph.
    case sentence
    /// The end of a paragraph (a blank line in the script): a longer pause.
    case paragraph
  }

  /// The spoken (normalised) text.
  public var text: String
  /// The pause after it.
  public var pause: Pause

  /// Creates a sentence.
  public init(text: String, pause: Pause) {
    self.text = text
    self.pause = pause
  }
}
