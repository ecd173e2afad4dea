import Testing
import VietnameseText

/// The normaliser output for one text (northern voice unless told).
func spoken(_ text: String, _ dialect: Dialect = .northern, lexicon: Lexicon = Lexicon()) -> String
{
  Normalizer(dialect: dialect, lexicon: lexicon).normalize(text)
}

/// A labelled case: input and expected output; the label (else the input) names the test.
struct Case: CustomTestStringConvertible, Sendable {
  let input: String
  let expected: String
  let label: String?
  init(_ input: String, _ expected: String, label: String? = nil) {
    self.input = input
    self.expected = expected
    self.label = label
  }
  var testDescription: String { label.map { "\($0): \(input)" } ?? input }
}
