/// What the reader remembers while it walks a line: the words just read and the last number.
struct ReadingState {
  /// The last eight source words as written ("#" for a number); cleared at a sentence end.
  private var previous = RecentWords()
  /// Whether the last chunk ended with a number and no punctuation ("500.000 đ").
  var afterNumber = false
  /// Digits still expected when the last chunk began a phone number ("0912" → 6 more).
  var phoneDigitsLeft = 0

  /// Whether the next digit group continues a phone number.
  var phoneOpen: Bool { phoneDigitsLeft > 0 }
  /// Whether nothing has been read on this line yet.
  var lineStart = true
  /// Whether the chunk after the one being read starts with a digit ("069 234 5678").
  var nextChunkIsNumber = false
  /// Whether the next chunk is a day word followed by a number ("- Thứ 6").
  var nextIsNumberedDay = false
  /// The next chunk's core, lower-case ("" when none): "12/12 thôn".
  var nextWord = ""
  /// Whether the last number read was a "d-m" date ("ngày 30-4 và 1-5").
  var afterDate = false
  /// The next chunk's core ("Ô TÔ": a single letter inside a heading), else "".
  var nextCore: Substring = ""
  /// Where words read by guess are logged (only for ``Normalizer/place(_:)``).
  var doubts: DoubtLog?
  /// The readings of context-free words met so far in the text (``Normalizer/normalize(_:)``).
  var memo: WordMemo?

  /// The word just before as written, or "".
  var lastWritten: Substring { previous.newest ?? "" }

  /// The word just before, lower-case with modern tone marks, or "".
  var last: String { previous.newest.map(Self.folded) ?? "" }

  /// ``last``, folded once per word: the number rules ask for it several times.
  private var foldedLast: String?

  /// ``last``, worked out at most once until the next word is remembered.
  mutating func lastFolded() -> String {
    if let foldedLast { return foldedLast }
    let folded = last
    foldedLast = folded
    return folded
  }

  /// Whether the words just read (a last "số" skipped) are `spoken`, a lower-case phrase:
  /// "Nghị định số" ends with "nghị định".
  func saidBefore(_ spoken: String) -> Bool {
    var skipped = 0
    if let last = previous.newest, Self.folded(last) == "số" { skipped = 1 }
    // Split on the space byte: the phrase is lower-case words, single spaces.
    let wanted = spoken.utf8.split(separator: 0x20).map { Substring($0) }
    guard wanted.count <= previous.count - skipped else { return false }
    return wanted.reversed().enumerated().allSatisfy { age, word in
      Self.folded(previous[age: age + skipped]) == word
    }
  }

  /// The ``ContextWord`` roles of the remembered words, nearest first (lane 0: the last word).
  ///
  /// Each word is folded and looked up at most once, the first time a number asks.
  mutating func recentRoles() -> SIMD8<UInt32> {
    var lanes = SIMD8<UInt32>()
    for age in 0..<previous.count { lanes[age] = previous.roles(age: age, memo: memo) }
    return lanes
  }

  static func folded(_ word: Substring) -> String {
    // "#" after a number, and lower-case ASCII words, fold to themselves: no case mapping and
    // no tone mark to move.
    if word.utf8.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) { return String(word) }
    // Most words are already lower-case: skip the Unicode case mapping for them, and for a
    // plain word (a byte test) the scalar walk that finds its case.
    if PlainWord.isPlain(word) { return String(ToneMarks.modernize(word)) }
    let lower = WordShape(word).hasUpper ? Substring(word.lowercased()) : word
    return String(ToneMarks.modernize(lower))
  }

  /// Remembers a source word.
  mutating func remember(_ word: Substring) {
    previous.append(word)
    foldedLast = nil
    lineStart = false
  }

  /// Remembers a marker ("#" for a number, "@" for an address).
  mutating func remember(word: String) {
    remember(Substring(word))
  }

  /// What the last chunk was taken for (``Normalizer/explain(_:)``).
  private(set) var lastClass = TextClass.word

  /// Starts a chunk: until it is read, it counts as punctuation (a pause or nothing).
  mutating func beginChunk() {
    lastClass = .punctuation
  }

  /// Moves on after a chunk read as `textClass`: the one place the number flags change.
  mutating func advance(_ step: ReadingStep, as textClass: TextClass) {
    lastClass = textClass
    switch step {
    case .words(let words):
      for word in words { remember(word) }
      afterNumber = false
      phoneDigitsLeft = 0
    case .word(let word):
      remember(word)
      afterNumber = false
      phoneDigitsLeft = 0
    case .marker(let marker):
      remember(word: marker)
      afterNumber = false
      phoneDigitsLeft = 0
    case .amount:
      remember(word: "#")
      afterNumber = true
    case .sign:
      afterNumber = false
    case .dash:
      break
    case .pieces(let endsWithNumber, let digitsLeft, let date):
      afterNumber = endsWithNumber
      phoneDigitsLeft = digitsLeft
      if let date { afterDate = date }
    }
  }

  /// Applies a chunk's closing punctuation: a sentence end forgets the context.
  mutating func close(trail: Substring) {
    // The marks are ASCII: a byte test (a byte of a longer scalar is never one of them).
    if trail.utf8.contains(where: { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x3B }) {
      previous.removeAll()
      foldedLast = nil
    }
    if !trail.isEmpty {
      afterNumber = false
      // "(0225) 3842 123": the area code in brackets continues the number.
      if trail != ")" { phoneDigitsLeft = 0 }
    }
  }
}
