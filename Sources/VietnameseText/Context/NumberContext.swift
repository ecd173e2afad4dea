/// What a number's neighbourhood says, frozen when the number is met: the input of
/// ``NumberClassifier/classify(_:at:_:)``.
///
/// The roles of the eight words before it and of the word after come from ``ContextWord``'s one
/// table; the rest is what the line has just read (a phone number still open, a "d-m" date).
struct NumberContext: Sendable {
  /// The word just before, folded ("" at a sentence start, "#" after a number).
  let last: String
  /// The roles of the words before, nearest first (lane 0 is the word just before).
  let before: SIMD8<UInt32>
  /// The next chunk's core, lower-case, when this chunk has no closing mark ("" otherwise).
  let next: String
  /// The roles of ``next``.
  let nextRoles: ContextWord
  /// Whether the chunk after this one starts with a digit ("069 234 5678").
  let nextChunkIsNumber: Bool
  /// Whether the last number read was a "d-m" date ("ngày 30-4 và 1-5").
  let afterDate: Bool
  /// Digits still expected to complete a phone number begun before (0 when none).
  let phoneDigitsLeft: Int

  /// The roles of the word just before.
  var lastRoles: ContextWord { ContextWord(rawValue: before[0]) }

  /// Whether a phone number begun in an earlier chunk is still open.
  var phoneOpen: Bool { phoneDigitsLeft > 0 }

  /// Whether one of the last `window` words (at most eight) plays `role`.
  func recent(_ role: ContextWord, window: Int = 4) -> Bool {
    for lane in 0..<min(window, 8) where before[lane] & role.rawValue != 0 { return true }
    return false
  }

  /// The context of the reading state now (the roles of its words are cached in it).
  init(_ state: inout ReadingState) {
    last = state.lastFolded()
    before = state.recentRoles()
    next = state.nextWord
    nextRoles = ContextWord.roles(of: state.nextWord)
    nextChunkIsNumber = state.nextChunkIsNumber
    afterDate = state.afterDate
    phoneDigitsLeft = state.phoneDigitsLeft
  }

  /// A context built from its parts (tests, ``Normalizer/explain(_:)``).
  init(
    last: String, before: [String] = [], next: String = "", nextChunkIsNumber: Bool = false,
    afterDate: Bool = false, phoneDigitsLeft: Int = 0
  ) {
    self.last = last
    var lanes = SIMD8<UInt32>()
    for (lane, word) in ([last] + before.reversed()).prefix(8).enumerated() {
      lanes[lane] = ContextWord.roles(of: word).rawValue
    }
    self.before = lanes
    self.next = next
    nextRoles = ContextWord.roles(of: next)
    self.nextChunkIsNumber = nextChunkIsNumber
    self.afterDate = afterDate
    self.phoneDigitsLeft = phoneDigitsLeft
  }
}
