/// Tells whether a word is a well-formed Vietnamese syllable (onset, vowels, coda).
///
/// Used to tell headings in capitals ("THÔNG BÁO KHẨN") from acronyms ("THCS"): a word in
/// capitals that is a syllable is read as a word; one that is not is spelled or expanded.
enum VietnameseSyllable {
  static let onsets: Set<String> = [
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
  ]
  static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
  static let vowels: Set<Character> = Set("aăâeêioôơuưy")

  /// The base letter of a lower-case Vietnamese letter without its tone mark.
  static func base(_ letter: Character) -> Character {
    ToneMarks.toneless[letter] ?? letter
  }

  /// Whether `word` (any case, with or without tone marks) is one Vietnamese syllable.
  ///
  /// `strict` also rejects a final consonant after a glide ("haip"): used to split unmarked
  /// Vietnamese; the respeller of foreign words accepts such shapes ("coin").
  static func isSyllable(_ word: Substring, strict: Bool = false) -> Bool {
    let letters = word.lowercased().map(base)
    guard !letters.isEmpty, letters.count <= 8 else { return false }
    guard let firstVowel = letters.firstIndex(where: { vowels.contains($0) }) else {
      return false
    }
    var vowelEnd = firstVowel
    while vowelEnd < letters.count, vowels.contains(letters[vowelEnd]) { vowelEnd += 1 }
    var onset = String(letters[..<firstVowel])
    var nucleusCount = vowelEnd - firstVowel
    // "gi" and "qu" take the following vowel letter as part of the onset.
    if onset == "g" || onset == "q", nucleusCount >= 2 || onset == "q" {
      let next = letters[firstVowel]
      if (onset == "g" && next == "i") || (onset == "q" && next == "u") {
        onset.append(next)
        nucleusCount -= 1
      }
    }
    let coda = String(letters[vowelEnd...])
    // A vowel pair ending in a glide (ai, ao, eo, êu, ươi…) takes no final consonant: "haip"
    // is no syllable ("uy" and "oo" do: "huynh", "xoong").
    if strict, !coda.isEmpty, nucleusCount >= 2, "iouy".contains(letters[vowelEnd - 1]) {
      let pair = String(letters[(vowelEnd - 2)..<vowelEnd])
      if pair != "uy" && pair != "oo" { return false }
    }
    // A final "k" only in marked names of the Central Highlands ("ĐẮK LẮK"), never in ASCII.
    let markedK = coda == "k" && !word.utf8.allSatisfy { $0 < 0x80 }
    return onsets.contains(onset) && (codas.contains(coda) || markedK)
      && (1...3).contains(nucleusCount)
  }

  /// Packs up to four ASCII bytes into one key.
  private static func key<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
    bytes.reduce(0) { $0 << 8 | UInt32($1) }
  }

  private static let onsetKeys = Set(onsets.map { key($0.utf8) })
  private static let codaKeys = Set(codas.map { key($0.utf8) })

  /// `isSyllable` for a word of ASCII letters, on bytes (the common case, kept fast).
  static func isASCIISyllable(_ word: Substring) -> Bool {
    let bytes = word.utf8.map { $0 | 0x20 }
    guard !bytes.isEmpty, bytes.count <= 8 else { return false }
    func isVowel(_ byte: UInt8) -> Bool {
      byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
    }
    guard var first = bytes.firstIndex(where: isVowel) else { return false }
    var end = first
    while end < bytes.count, isVowel(bytes[end]) { end += 1 }
    // "gi" and "qu" take the next vowel letter into the onset.
    if first == 1, end - first >= 2, bytes[0] == 0x67, bytes[1] == 0x69 { first += 1 }
    if first == 1, bytes[0] == 0x71, bytes[1] == 0x75 { first += 1 }
    guard first < end, end - first <= 3, first <= 3, bytes.count - end <= 2 else { return false }
    // "deep", "team", "free": vowel pairs Vietnamese never writes.
    for index in first..<(end - 1) {
      let pair = (bytes[index], bytes[index + 1])
      if pair.0 == pair.1 && pair.0 != 0x6F { return false }  // ee, aa, ii, uu, yy (not oo)
      if pair == (0x65, 0x61) || pair == (0x61, 0x65) { return false }  // ea, ae
    }
    return onsetKeys.contains(key(bytes[..<first])) && codaKeys.contains(key(bytes[end...]))
  }
}
