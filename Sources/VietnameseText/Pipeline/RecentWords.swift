/// The last eight source words a ``ReadingState`` remembers, with their ``ContextWord`` roles
/// once asked: a ring of fixed slots, so remembering a word moves nothing.
struct RecentWords {
  /// How many words are kept.
  static let capacity = 8
  /// Roles not looked up yet.
  static let unknownRoles = UInt32.max

  private var words = [Substring](repeating: "", count: capacity)
  /// Kept inline (no second allocation per line).
  private var roles = SIMD8<UInt32>(repeating: unknownRoles)
  /// The slot after the newest word.
  private var end = 0
  /// How many slots hold words (at most ``capacity``).
  private(set) var count = 0

  /// The slot of the word `age` places back (0: the newest).
  private func slot(_ age: Int) -> Int {
    (end - 1 - age) & (Self.capacity - 1)
  }

  /// The word `age` places back (0: the newest); `age` < ``count``.
  subscript(age age: Int) -> Substring { words[slot(age)] }

  /// The newest word, or `nil`.
  var newest: Substring? { count == 0 ? nil : words[slot(0)] }

  /// Remembers `word`, forgetting the oldest when all slots are full.
  mutating func append(_ word: Substring) {
    words[end] = word
    roles[end] = Self.unknownRoles
    end = (end + 1) & (Self.capacity - 1)
    count = min(count + 1, Self.capacity)
  }

  /// Forgets every word.
  mutating func removeAll() {
    count = 0
  }

  /// The roles of the word `age` places back, looked up (in `memo` when there is one) the
  /// first time they are asked.
  mutating func roles(age: Int, memo: WordMemo?) -> UInt32 {
    let slot = slot(age)
    if roles[slot] == Self.unknownRoles {
      let word = words[slot]
      roles[slot] = (memo?.roles(ofWritten: word) ?? ContextWord.roles(ofWritten: word)).rawValue
    }
    return roles[slot]
  }
}
