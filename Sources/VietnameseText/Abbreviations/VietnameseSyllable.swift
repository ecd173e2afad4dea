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
  static func isSyllable(_ word: Substring) -> Bool {
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
    return onsets.contains(onset) && codas.contains(coda) && (1...3).contains(nucleusCount)
  }
}
