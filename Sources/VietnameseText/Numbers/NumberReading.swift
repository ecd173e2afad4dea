/// The spoken form of a number found among pieces, and how many pieces it took.
struct NumberReading: Sendable, Equatable {
  /// The words.
  var spoken: String
  /// Pieces used, at least one.
  var consumed: Int
  /// Whether it was read digit by digit as a phone number or code (a next group may follow).
  var isPhone = false
  /// Whether it was read as a day and month written "d-m" ("30-4").
  var isDate = false
  /// For a phone number: how many digits are still expected in following groups.
  var phoneDigitsLeft = 0
  /// What the number was taken for.
  var kind: NumberClass = .silent
}
