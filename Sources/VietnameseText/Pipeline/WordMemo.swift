/// The readings of words already read in one ``Normalizer/normalize(_:)`` call, for the words
/// whose reading depends on nothing but their letters.
///
/// A word's reading is a pure function of its letters unless it is read after a number (a
/// unit), is "CP" (after "công ty"), is one letter (a clause letter, a heading vowel), or is
/// made only of "I", "V", "X" (a Roman numeral after a context word); ``isContextFree(_:_:)``
/// keeps those, and any reading that logs doubts, out. Bulletin text repeats its words, so
/// most letter-only words after the first few lines are looked up here by their UTF-8 bytes
/// instead of walking the abbreviation, foreign-word, unit and syllable tables again.
final class WordMemo {
  /// A remembered reading.
  struct Reading {
    let spoken: String
    let textClass: TextClass
  }

  /// Slot → entry number (or -1), open addressing with linear probing.
  private var slots = [Int32](repeating: -1, count: 1024)
  /// Entry `n`'s word is `bytes[starts[n]..<starts[n + 1]]`.
  private var starts = [0]
  private var bytes: [UInt8] = []
  private var readings: [Reading] = []
  /// The most entries kept; past it new words are no longer remembered.
  private let limit = 16_384

  /// Whether `word`'s reading may be remembered in `state`.
  static func isContextFree(_ word: Substring, _ state: ReadingState) -> Bool {
    guard !state.afterNumber, state.doubts == nil, word.unicodeScalars.count >= 2,
      !word.isBytes("CP")
    else { return false }
    return !word.utf8.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
  }

  /// The remembered reading of `word`, or `nil`.
  func reading(of word: Substring) -> Reading? {
    word.utf8.withContiguousStorageIfAvailable { word -> Reading? in
      var slot = ByteHash.of(word) & (slots.count - 1)
      while true {
        let number = Int(slots[slot])
        if number < 0 { return nil }
        if isEntry(number, word) { return readings[number] }
        slot = (slot + 1) & (slots.count - 1)
      }
    } ?? nil
  }

  /// Remembers the reading of `word`.
  func remember(_ word: Substring, _ reading: Reading) {
    guard readings.count < limit else { return }
    word.utf8.withContiguousStorageIfAvailable { word in
      if readings.count * 2 >= slots.count { grow() }
      bytes.append(contentsOf: word)
      starts.append(bytes.count)
      readings.append(reading)
      insert(readings.count - 1, hash: ByteHash.of(word))
    }
  }

  private func insert(_ number: Int, hash: Int) {
    var slot = hash & (slots.count - 1)
    while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
    slots[slot] = Int32(number)
  }

  private func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for number in readings.indices {
      let hash = bytes.withUnsafeBufferPointer {
        ByteHash.of(UnsafeBufferPointer(rebasing: $0[starts[number]..<starts[number + 1]]))
      }
      insert(number, hash: hash)
    }
  }

  private func isEntry(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[number]
    guard starts[number + 1] - start == word.count else { return false }
    for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
    return true
  }
}
