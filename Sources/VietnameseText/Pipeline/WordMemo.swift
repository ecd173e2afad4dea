/// The readings of words already read in one ``Normalizer/normalize(_:)`` call, for the words
/// whose reading depends on nothing but their letters.
///
/// A word's reading is a pure function of its letters unless it is a unit read after a number
/// ("5 ha"; any other word reads after a number as anywhere else), is "CP" (after "công ty"),
/// is one letter (a clause letter, a heading vowel), or is made only of "I", "V", "X" (a Roman
/// numeral after a context word); ``isContextFree(_:_:)`` keeps those, and any reading that
/// logs doubts, out. Bulletin text repeats its words, so
/// most letter-only words after the first few lines are looked up here by their UTF-8 bytes
/// instead of walking the abbreviation, foreign-word, unit and syllable tables again.
///
/// It also keeps the ``ContextWord`` roles of the words it is asked about, which the number
/// rules look up for the words before every number.
///
/// One memo serves one run of lines on one thread.
final class WordMemo {
  /// A remembered reading.
  struct Reading {
    let spoken: String
    let textClass: TextClass
    /// Whether a phrase (built-in or the operator's) may start with the word: then the chunks
    /// after it decide, and ``LineExpander/readRememberedWord(_:at:_:_:)`` leaves it alone.
    let startsPhrase: Bool
  }

  /// The readings of context-free words.
  private let readings = ByteKeyedMemo<Reading>(limit: 16_384)
  /// The ``ContextWord`` roles of words as written (``ContextWord/roles(ofWritten:)``).
  private let roles = ByteKeyedMemo<ContextWord>(limit: 16_384)

  /// Whether `word`'s reading may be remembered in `state`.
  static func isContextFree(_ word: Substring, _ state: ReadingState) -> Bool {
    guard let first = word.utf8.first else { return false }
    return isContextFree(word, firstByte: first, length: word.utf8.count, state)
  }

  /// ``isContextFree(_:_:)`` when the word's first byte and UTF-8 length are known.
  static func isContextFree(
    _ word: Substring, firstByte first: UInt8, length: Int, _ state: ReadingState
  ) -> Bool {
    guard state.doubts == nil, length > 0, !state.afterNumber || !UnitTable.isUnit(word) else {
      return false
    }
    // Two scalars or more: more bytes than the first scalar's encoding takes.
    let firstLength = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
    guard length > firstLength, length != 2 || !word.isBytes("CP") else { return false }
    // A Roman numeral is ASCII upper-case letters: a first byte that is none of them is no
    // numeral.
    guard first == 0x49 || first == 0x56 || first == 0x58 else { return true }
    return !word.utf8.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
  }

  /// The remembered reading of `word`, or `nil`.
  func reading(of word: Substring) -> Reading? {
    word.utf8.withContiguousStorageIfAvailable { readings.value($0) } ?? nil
  }

  /// Remembers the reading of `word`.
  func remember(_ word: Substring, _ reading: Reading) {
    _ = word.utf8.withContiguousStorageIfAvailable { readings.store(reading, $0) }
  }

  /// ``ContextWord/roles(ofWritten:)`` of `word`, worked out once per spelling.
  func roles(ofWritten word: Substring) -> ContextWord {
    word.utf8.withContiguousStorageIfAvailable { key in
      if let known = roles.value(key) { return known }
      let found = ContextWord.roles(ofWritten: word)
      roles.store(found, key)
      return found
    } ?? ContextWord.roles(ofWritten: word)
  }
}
