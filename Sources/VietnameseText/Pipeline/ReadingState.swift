/// What the reader remembers while it walks a line: the words just read and the last number.
struct ReadingState {
  /// The last few source words, lower-case ("#" for a number); cleared at a sentence end.
  private(set) var previous: [String] = []
  /// Whether the last chunk ended with a number and no punctuation ("500.000 đ").
  var afterNumber = false
  /// Whether the last chunk was read as phone digits and the next digit group continues it.
  var phoneOpen = false
  /// Whether nothing has been read on this line yet.
  var lineStart = true

  /// The word just before, lower-case, or "".
  var last: String { previous.last ?? "" }

  /// The word before the last one, lower-case, or "".
  var beforeLast: String { previous.count >= 2 ? previous[previous.count - 2] : "" }

  /// Whether one of the last `window` words is in `words`.
  func recent(_ words: Set<String>, window: Int = 4) -> Bool {
    previous.suffix(window).contains(where: words.contains)
  }

  /// Remembers a source word (lower-cased, modern tone-mark placement).
  mutating func remember(_ word: Substring) {
    remember(word: String(ToneMarks.modernize(Substring(word.lowercased()))))
  }

  /// Remembers an already lower-case word or marker.
  mutating func remember(word: String) {
    if previous.count == 4 { previous.removeFirst() }
    previous.append(word)
    lineStart = false
  }

  /// Applies a chunk's closing punctuation: a sentence end forgets the context.
  mutating func close(trail: Substring) {
    if trail.contains(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == ";" }) {
      previous.removeAll()
    }
    if !trail.isEmpty {
      afterNumber = false
      phoneOpen = false
    }
  }
}
