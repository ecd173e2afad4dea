/// A word the normaliser read by guess rather than from a table or the lexicon.
///
/// ``Normalizer/place(_:)`` reports them so that `loa check` can ask the operator for a lexicon
/// entry: "Bluesky" respelled "Bơ luết ky" by rule, or "XKCD" spelled letter by letter.
public struct ReadingDoubt: Sendable, Equatable, Codable {
  /// How the word was read.
  public enum Kind: String, Sendable, Equatable, Codable {
    /// Letters said one by one: an acronym in no table ("XKCD" → "ích ca xê đê").
    case spelled
    /// A foreign word cut into Vietnamese syllables by rule ("Bluesky" → "Bơ luết ky").
    case guessed
  }

  /// The word as written.
  public var written: String
  /// The 1-based column (in characters) of its first letter in the line as given.
  public var column: Int
  /// What the normaliser says for it.
  public var spoken: String
  /// How it was read.
  public var kind: Kind

  /// Creates a doubt.
  public init(written: String, column: Int, spoken: String, kind: Kind) {
    self.written = written
    self.column = column
    self.spoken = spoken
    self.kind = kind
  }
}
