/// A bad line in a lexicon file, reported as `FILE:LINE: message` (message in Vietnamese).
public struct LexiconIssue: Sendable, Hashable, CustomStringConvertible {
  /// The file name as given to ``Lexicon/parse(_:file:)``.
  public let file: String
  /// The 1-based line number; 0 when the issue is about the whole file (it cannot be read).
  public let line: Int
  /// What is wrong, in Vietnamese.
  public let message: String

  /// Creates an issue.
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `FILE:LINE: message`, or `FILE: message` for the whole file.
  public var description: String {
    line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
  }
}
