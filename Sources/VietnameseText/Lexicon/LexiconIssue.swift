/// A bad line in a lexicon file, reported as `FILE:LINE: message` (message in Vietnamese).
public struct LexiconIssue: Sendable, Hashable, CustomStringConvertible {
  /// The file name as given to ``Lexicon/parse(_:file:)``.
  public let file: String
  /// The 1-based line number.
  public let line: Int
  /// What is wrong, in Vietnamese.
  public let message: String

  /// Creates an issue.
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `FILE:LINE: message`.
  public var description: String { "\(file):\(line): \(message)" }
}
