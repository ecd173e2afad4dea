/// Spells unknown acronyms with Vietnamese letter names: "XYZ" → "ích i dét".
///
/// The names are those an announcer uses in acronyms ("VTV" → "vê tê vê"); every one is a
/// Vietnamese syllable, so espeak-ng's Vietnamese voice never switches to English for them.
enum LetterSpeller {
  /// Upper-case letter → spoken name.
  static let names: [Character: String] = [
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "dê", "Đ": "đê", "E": "e",
    "Ê": "ê", "F": "ép", "G": "giê", "H": "hát", "I": "i", "J": "giây", "K": "ca",
    "L": "e lờ", "M": "em", "N": "en", "O": "o", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "cu",
    "R": "e rờ", "S": "ét", "T": "tê", "U": "u", "Ư": "ư", "V": "vê", "W": "vê kép",
    "X": "ích", "Y": "i", "Z": "dét",
  ]

  /// The name of one letter (any case), or `nil` when it has none (non-Latin letters).
  static func name(of letter: Character) -> String? {
    if let name = names[letter] { return name }
    guard let upper = letter.uppercased().first else { return nil }
    return names[upper]
  }

  /// The letters of `word` spelled out; letters without a name are kept lower-case.
  static func spell(_ word: Substring) -> String {
    var parts: [String] = []
    for letter in word {
      parts.append(name(of: letter) ?? String(letter).lowercased())
    }
    return parts.joined(separator: " ")
  }
}
