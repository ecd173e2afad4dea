import Foundation

/// Turns written Vietnamese into the form an announcer reads aloud.
///
/// The normaliser is pure and deterministic: the same text, dialect and lexicon always give the
/// same output, and no file or clock is touched.
///
/// ```swift
/// let normalizer = Normalizer(dialect: .northern)
/// normalizer.normalize("Luật có hiệu lực từ 01/3/2026.")
/// // "Luật có hiệu lực từ ngày mùng một tháng ba năm hai nghìn không trăm hai mươi sáu."
/// ```
public struct Normalizer: Sendable {
  /// The regional forms to use.
  public let dialect: Dialect
  /// Operator pronunciation overrides; they win over built-in rules.
  public let lexicon: Lexicon

  /// Creates a normaliser for a dialect and an operator lexicon.
  public init(dialect: Dialect = .northern, lexicon: Lexicon = Lexicon()) {
    self.dialect = dialect
    self.lexicon = lexicon
  }

  /// The spoken form of `text`, line by line: the output has exactly as many lines as the input.
  public func normalize(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { normalizeLine(String($0)) }
      .joined(separator: "\n")
  }

  /// Splits `text` into spoken sentences for synthesis, each already normalised.
  ///
  /// A blank line ends a paragraph: its last sentence gets a ``Sentence/Pause/paragraph`` pause.
  public func sentences(_ text: String) -> [Sentence] {
    var result: [Sentence] = []
    let paragraphs = text.precomposedStringWithCanonicalMapping
      .components(separatedBy: "\n")
      .split(whereSeparator: { $0.trimmingCharacters(in: .whitespaces).isEmpty })
    for paragraph in paragraphs {
      let spoken = normalizeLine(paragraph.joined(separator: " "))
      var current = ""
      for character in spoken {
        current.append(character)
        if ".!?…".contains(character) {
          let trimmed = current.trimmingCharacters(in: .whitespaces)
          if !trimmed.isEmpty { result.append(Sentence(text: trimmed, pause: .sentence)) }
          current = ""
        }
      }
      let rest = current.trimmingCharacters(in: .whitespaces)
      if !rest.isEmpty { result.append(Sentence(text: rest, pause: .sentence)) }
      if !result.isEmpty { result[result.count - 1].pause = .paragraph }
    }
    return result
  }

  /// One line: Unicode NFC, lexicon entries, collapsed spaces.
  func normalizeLine(_ line: String) -> String {
    var text = line.precomposedStringWithCanonicalMapping
    for (written, spoken) in lexicon.entries {
      text = text.replacingOccurrences(of: written, with: spoken)
    }
    return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}
