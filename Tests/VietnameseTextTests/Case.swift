import Testing
import VietnameseText

/// The normaliser output for one text (northern voice unless told).
func spoken(_ text: String, _ dialect: Dialect = .northern, lexicon: Lexicon = Lexicon()) -> String
{
  Normalizer(dialect: dialect, lexicon: lexicon).normalize(text)
}

/// A labelled case: input and expected output.
struct Case: CustomTestStringConvertible, Sendable {
  let input: String
  let expected: String
  init(_ input: String, _ expected: String) {
    self.input = input
    self.expected = expected
  }
  var testDescription: String { input }
}
