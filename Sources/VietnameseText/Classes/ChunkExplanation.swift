/// How one stretch of a line was read: what was written, what it was taken for, what is said.
///
/// Returned by ``Normalizer/explain(_:)`` for `loa normalize --explain` and the web page.
public struct ChunkExplanation: Sendable, Equatable, Codable {
  /// The text as written (after hygiene: NFC, quotes and dashes unified), with its punctuation.
  public var written: String
  /// What the normaliser took it for.
  public var textClass: TextClass
  /// What is said for it, pauses included ("" when it is silent).
  public var spoken: String

  /// Creates an explanation.
  public init(written: String, textClass: TextClass, spoken: String) {
    self.written = written
    self.textClass = textClass
    self.spoken = spoken
  }
}
