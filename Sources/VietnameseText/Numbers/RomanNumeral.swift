/// Roman numerals as used in Vietnamese documents: "Chương IV", "khóa XV", "thế kỷ XXI".
enum RomanNumeral {
  /// The words after which a Roman numeral is a number ("chương", "khóa", "kỷ" of "thế kỷ"…).
  static let contextWords: Set<String> = [
    "chương", "mục", "phần", "khóa", "kỳ", "kỷ", "quý", "đại", "hội", "tập", "phụ", "lục",
    "điều", "khoản", "điểm", "bài", "cấp", "nhóm", "loại", "thứ", "giai", "đoạn", "vòng",
    "đợt", "lần", "số", "tiết", "quyển", "động", "vực", "vùng", "hạng",
  ]

  /// The value of an upper-case Roman numeral in canonical form, or `nil` (1–3999).
  static func value(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 15 else { return nil }
    var total = 0
    var previous = 0
    for character in text.reversed() {
      let digit: Int
      switch character {
      case "I": digit = 1
      case "V": digit = 5
      case "X": digit = 10
      case "L": digit = 50
      case "C": digit = 100
      case "D": digit = 500
      case "M": digit = 1000
      default: return nil
      }
      if digit < previous { total -= digit } else { total += digit; previous = digit }
    }
    guard (1...3999).contains(total), canonical(total) == text else { return nil }
    return total
  }

  /// The canonical Roman form of `value` (1–3999).
  static func canonical(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (amount, letters) in table {
      while rest >= amount {
        result += letters
        rest -= amount
      }
    }
    return result
  }
}
