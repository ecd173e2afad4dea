/// Respells an unknown foreign word into Vietnamese syllables: "Galaxy" → "Ga la xy".
///
/// The fallback for Latin words that are in no table and are not Vietnamese syllables, so that
/// espeak-ng's Vietnamese voice reads them instead of switching to English. Letters Vietnamese
/// lacks are replaced (f → ph, z → d, j → gi, w → u, sh → s, ee → i, oo → u, final nk → nh), then
/// the word is cut into syllables at the lowest cost: a well-formed syllable costs least, one
/// whose final consonant is softened (b → p, d → t, k/g/x → c, l → n, s → t, v → p) more, and a
/// lone consonant spoken with "ơ" ("grab" → "gơ rap") most.
enum ForeignRespeller {
  private static let substitutions: [(String, String)] = [
    ("sh", "s"), ("ck", "c"), ("ee", "i"), ("ea", "i"), ("oo", "u"), ("z", "d"), ("f", "ph"),
    ("j", "gi"), ("w", "u"), ("q", "c"), ("cu", "qu"),
  ]

  private static let softenedFinals: [Character: Character] = [
    "b": "p", "d": "t", "k": "c", "g": "c", "x": "c", "l": "n", "s": "t", "v": "p",
  ]

  /// The respelling, keeping a leading capital; `nil` when the word cannot be respelled.
  static func respell(_ word: Substring) -> String? {
    let count = word.utf8.count
    guard count >= 2, count <= 24,
      word.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
    else { return nil }
    var text = word.lowercased()
    if text.hasSuffix("nk") { text = String(text.dropLast()) + "h" }
    for (from, to) in substitutions where text.contains(from) {
      text = text.replacingAll(from, with: to)
    }
    guard let syllables = split(Array(text)) else { return nil }
    // Two or more lone consonants around a single vowel: an acronym ("ubnd"), not a word.
    let lone = syllables.filter { $0.hasSuffix("ơ") && $0.count <= 3 }.count
    if lone >= 2 && vowelGroups(text) <= 1 { return nil }
    let spelled = syllables.map(vietnameseSpelling).joined(separator: " ")
    return ForeignWordTable.matchCase(spelled, like: word)
  }

  /// The number of runs of vowel letters.
  private static func vowelGroups(_ text: String) -> Int {
    var groups = 0
    var inVowel = false
    for letter in text {
      let vowel = "aeiouy".contains(letter)
      if vowel && !inVowel { groups += 1 }
      inVowel = vowel
    }
    return groups
  }

  /// The cheapest cut of `letters` into syllables, or `nil`.
  private static func split(_ letters: [Character]) -> [String]? {
    let count = letters.count
    var cost = [Int](repeating: Int.max, count: count + 1)
    var choice = [(length: Int, spoken: String)](repeating: (0, ""), count: count + 1)
    cost[count] = 0
    for start in stride(from: count - 1, through: 0, by: -1) {
      for length in 1...min(7, count - start) where cost[start + length] != Int.max {
        let piece = String(letters[start..<(start + length)])
        guard let (spoken, price) = reading(of: piece) else { continue }
        let total = price + cost[start + length]
        if total < cost[start] {
          cost[start] = total
          choice[start] = (length, spoken)
        }
      }
    }
    guard cost[0] != Int.max else { return nil }
    var result: [String] = []
    var index = 0
    while index < count {
      result.append(choice[index].spoken)
      index += choice[index].length
    }
    return result
  }

  /// Onsets as Vietnamese writes them before e, ê, i ("ge" → "ghe", "ce" → "xe").
  private static let onsetSpellings: [(String, String)] = [
    ("nge", "nghe"), ("ngi", "nghi"), ("ge", "ghe"), ("ce", "xe"), ("ci", "xi"), ("cy", "xi"),
    ("ka", "ca"), ("ko", "co"), ("ku", "cu"),
  ]

  /// Vowel pairs as Vietnamese writes them ("ie" → "iê", "ey" → "ây").
  private static let vowelSpellings: [(String, String)] = [
    ("uye", "uyê"), ("ie", "iê"), ("ye", "yê"), ("uo", "uô"), ("ey", "ây"), ("ei", "ây"),
    ("ou", "âu"), ("ue", "uê"),
  ]

  /// Marked with the acute (sắc) tone: a checked syllable (final p, t, c, ch) needs a tone.
  private static let acute: [Character: Character] = [
    "a": "á", "ă": "ắ", "â": "ấ", "e": "é", "ê": "ế", "i": "í", "o": "ó", "ô": "ố", "ơ": "ớ",
    "u": "ú", "ư": "ứ", "y": "ý",
  ]

  /// A syllable as Vietnamese spells it, so espeak-ng does not take it for English: "tac" →
  /// "tác", "viet" → "viết", "ney" → "nây".
  static func vietnameseSpelling(_ syllable: String) -> String {
    guard needsSpelling(syllable) else { return syllable }
    var text = syllable
    for (from, to) in onsetSpellings where text.hasPrefix(from) {
      text = to + text.dropFirst(from.count)
      break
    }
    // "qu" is an onset: "quen", "que", "queo" are Vietnamese words, not "quên"; so is "gi"
    // before "eo": "gieo" (to sow) is gi + eo, not "giêo".
    let onset = text.hasPrefix("qu") ? "qu" : text.hasPrefix("gieo") ? "gi" : ""
    var rest = String(text.dropFirst(onset.count))
    for (from, to) in vowelSpellings where containsBytes(rest, from) {
      rest = rest.replacingAll(from, with: to)
    }
    text = onset + rest
    guard text.hasSuffix("p") || text.hasSuffix("t") || text.hasSuffix("c") || text.hasSuffix("ch")
    else { return text }
    var letters = Array(text)
    guard let last = letters.lastIndex(where: { acute[$0] != nil }),
      let marked = acute[letters[last]]
    else { return text }
    letters[last] = marked
    return String(letters)
  }

  /// Whether `text` contains `part`, byte for byte (no Foundation, no canonical equivalence).
  static func containsBytes(_ text: String, _ part: String) -> Bool {
    var text = text
    var part = part
    return text.withUTF8 { haystack in
      part.withUTF8 { needle in
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] {
          var offset = 1
          while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
          if offset == needle.count { return true }
        }
        return false
      }
    }
  }

  /// A cheap byte scan: whether any rule of ``vietnameseSpelling(_:)`` may apply.
  static func needsSpelling<S: StringProtocol>(_ text: S) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first.map({ $0 | 0x20 }) else { return false }
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for (offset, raw) in bytes.enumerated() {
      let byte = raw < 0x80 ? raw | 0x20 : raw
      switch (previous, byte) {
      case (0x69, 0x65), (0x79, 0x65), (0x75, 0x6F), (0x65, 0x79), (0x65, 0x69), (0x6F, 0x75),
        (0x75, 0x65):
        return true  // ie, ye, uo, ey, ei, ou, ue
      case (0x67, 0x65),
        (0x67, 0x69) where offset == 1 || (offset == 2 && first == 0x6E):
        return true  // ge, gi… at the onset: ge, nge, ngi
      case (0x63, 0x65), (0x63, 0x69),
        (0x63, 0x79) where offset == 1:
        return true  // ce, ci, cy
      default:
        beforePrevious = previous
        previous = byte
      }
    }
    if first == 0x6B { return true }  // k before a, o, u
    let checked = previous == 0x70 || previous == 0x74 || previous == 0x63
    return checked || (previous == 0x68 && beforePrevious == 0x63)
  }

  /// How one piece can be said, and what it costs.
  private static func reading(of piece: String) -> (String, Int)? {
    if VietnameseSyllable.isSyllable(Substring(piece)) { return (piece, 2) }
    if let last = piece.last, let soft = softenedFinals[last], piece.count >= 2 {
      let softened = String(piece.dropLast()) + String(soft)
      if VietnameseSyllable.isSyllable(Substring(softened)) { return (softened, 3) }
    }
    if piece != "q", VietnameseSyllable.onsets.contains(piece) { return (piece + "ơ", 4) }
    return nil
  }
}
