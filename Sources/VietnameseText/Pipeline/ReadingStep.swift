/// What reading one chunk did, as the line's memory needs to know it.
///
/// ``ReadingState/advance(_:as:)`` is the one place where the flags a chunk leaves behind
/// (a number just read, a phone number still open, a "d-m" date) change.
enum ReadingStep: Sendable {
  /// Words read (ordinary words, a phrase over several chunks, an abbreviation, initials):
  /// remembered as written; no number stays open.
  case words([Substring])
  /// One word read (the common case of ``words(_:)``, without an array).
  case word(Substring)
  /// A code, plate, document number, keypad code or address read whole, remembered as
  /// `marker` ("#" a number, "@" an address, "lộ" a road); no number stays open.
  case marker(String)
  /// Spaced digit groups read as one amount ("1 000 000 đồng"): a unit may follow.
  case amount
  /// A sign read between numbers ("x" → "nhân"): nothing remembered, no number open.
  case sign
  /// A dash read as a pause or "đến": the memory is unchanged.
  case dash
  /// A core walked piece by piece (its words remembered on the way): whether it ended with a
  /// number, the phone digits still expected, and whether its last number was a "d-m" date
  /// (`nil` when it had no number).
  case pieces(afterNumber: Bool, phoneDigitsLeft: Int, afterDate: Bool?)
}
