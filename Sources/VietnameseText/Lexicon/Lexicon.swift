/// Pronunciation overrides (`written → spoken`), such as the operator's `schedules/lexicon.tsv`.
public struct Lexicon: Sendable, Hashable {
  /// The entries, in file order.
  public private(set) var entries: [(written: String, spoken: String)]

  /// Creates a lexicon from entries; later entries for the same written form win.
  public init(_ entries: [(written: String, spoken: String)] = []) {
    self.entries = entries
  }

  /// Two lexicons are equal when they hold the same entries in the same order.
  public static func == (lhs: Lexicon, rhs: Lexicon) -> Bool {
    lhs.entries.elementsEqual(rhs.entries, by: { $0 == $1 })
  }

  /// Hashes the entries in order.
  public func hash(into hasher: inout Hasher) {
    for entry in entries {
      hasher.combine(entry.written)
      hasher.combine(entry.spoken)
    }
  }
}
