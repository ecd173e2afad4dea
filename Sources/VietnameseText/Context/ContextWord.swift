/// What a word near a number tells about it: the one table of context words.
///
/// Every rule that looks at the words around a number asks this table: "ngày" before "1/3"
/// makes a date, "gọi" before "113" a phone code, "thôn" after "12/12" a count. A word may play
/// several roles ("ngày" is a date word, a day word and an occasion word). Keys are lower-case
/// with modern tone marks, as ``ReadingState`` folds the words it remembers.
struct ContextWord: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  /// Before "d/m": a date rather than a fraction ("từ 1/3").
  static let date = ContextWord(rawValue: 1 << 0)
  /// Before a number: a phone number or short code, read digit by digit ("gọi 113").
  static let phone = ContextWord(rawValue: 1 << 1)
  /// Shortly before: a code read digit by digit ("mã OTP 4821").
  static let code = ContextWord(rawValue: 1 << 2)
  /// Just before an SMS number ("gửi 9084").
  static let smsSend = ContextWord(rawValue: 1 << 3)
  /// In a sentence about texting ("soạn", "nhắn").
  static let sms = ContextWord(rawValue: 1 << 4)
  /// Shortly before "d/m": an occasion, so a date ("Quốc khánh 2/9").
  static let occasion = ContextWord(rawValue: 1 << 5)
  /// After "d-m": a unit that makes a range ("7-9 giờ").
  static let rangeUnit = ContextWord(rawValue: 1 << 6)
  /// After "2.5": an amount word, so a decimal ("2.5 triệu").
  static let amount = ContextWord(rawValue: 1 << 7)
  /// Before "17g": a time of day ("lúc 17g").
  static let time = ContextWord(rawValue: 1 << 8)
  /// After "d/m": a counted noun, so a ratio ("12/12 thôn").
  static let counted = ContextWord(rawValue: 1 << 9)
  /// Before "d-m": a day word, so a date ("ngày 30-4").
  static let day = ContextWord(rawValue: 1 << 10)
  /// Before a number after a dash: a numbered day that continues a range ("Thứ 2 - Thứ 6").
  static let numberedDay = ContextWord(rawValue: 1 << 11)
  /// After spaced digit groups: they are one amount ("1 000 000 đồng").
  static let amountNoun = ContextWord(rawValue: 1 << 12)
  /// "tài" of "tài khoản": with ``accountTail`` an account number follows.
  static let accountHead = ContextWord(rawValue: 1 << 13)
  /// "khoản" of "tài khoản".
  static let accountTail = ContextWord(rawValue: 1 << 14)
  /// "stk": an account number follows.
  static let account = ContextWord(rawValue: 1 << 15)
  /// Shortly before "a-b": a match result, so a score ("thắng 3-0" → "ba không").
  static let score = ContextWord(rawValue: 1 << 16)
  /// Just before "a/b": a mark out of a maximum, so a ratio ("điểm 9/10" → "chín trên mười").
  static let outOf = ContextWord(rawValue: 1 << 17)

  /// The roles of a folded word (empty for most words).
  static func roles(of word: String) -> ContextWord {
    index[word] ?? []
  }

  /// ``table`` indexed by UTF-8 bytes.
  private static let index = UTF8Table(table)

  /// The roles of a word as written: folded first, unless it is too long to be in the table.
  static func roles(ofWritten word: Substring) -> ContextWord {
    guard let first = word.utf8.first, word.utf8.count <= longestKey, first != 0x23 else {
      return []
    }
    // A lower-case ASCII word needs no folding ("gọi" does: its marks may move).
    if first >= 0x61, first <= 0x7A, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
      return index[word] ?? []
    }
    // A plain lower-case word only needs its marks in the modern place.
    if PlainWord.isPlain(word) { return index[ToneMarks.modernize(word)] ?? [] }
    return index[ReadingState.folded(word)] ?? []
  }

  /// The longest key in UTF-8 bytes.
  static let longestKey = table.keys.map(\.utf8.count).max() ?? 0

  /// The table: each word and its roles.
  static let table: [String: ContextWord] = {
    var table: [String: ContextWord] = [:]
    for (role, words) in lists {
      for word in words { table[word, default: []].insert(role) }
    }
    return table
  }()

  /// The words of each role, as the rules were first written down.
  private static let lists: [(ContextWord, [String])] = [
    (
      .date,
      [
        "ngày", "hôm", "từ", "đến", "tới", "sáng", "trưa", "chiều", "tối", "đêm", "mùng", "mồng",
        "trước", "sau", "hạn", "lúc", "nay", "đầu", "cuối",
      ]
    ),
    (
      .phone,
      [
        "gọi", "hotline", "sđt", "nóng", "đài", "thoại", "nhắn", "fax", "đt", "stk", "sms",
        "soạn",
      ]
    ),
    (.code, ["mã", "otp", "pin"]),
    (.smsSend, ["gửi", "tới", "đến"]),
    (.sms, ["nhắn", "soạn", "sms", "cú"]),
    (.occasion, ["ngày", "khánh", "lễ", "dịp", "tết", "niệm"]),
    (.rangeUnit, ["giờ", "phút", "tiếng", "ngày", "tuần", "tháng", "năm", "độ"]),
    (.amount, ["triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm"]),
    (.time, ["lúc", "đến", "từ", "tới", "trước", "sau", "khoảng"]),
    (
      .counted,
      [
        "thôn", "xã", "hộ", "người", "tiêu", "đại", "trường", "đơn", "xóm", "tổ", "phường",
        "huyện", "tỉnh", "chỉ", "lớp", "học", "cán", "đảng", "phiếu", "ý", "khu", "cơ", "bản",
        "thành", "hồ", "trạm", "câu", "điểm", "nhóm", "sao",
      ]
    ),
    (.day, ["ngày", "mùng", "mồng", "hôm", "sáng", "trưa", "chiều", "tối", "đêm"]),
    (.numberedDay, ["thứ", "ngày", "tháng", "năm", "tuần", "quý"]),
    (
      .amountNoun,
      ["đồng", "đ", "vnđ", "vnd", "usd", "người", "hộ", "tấn", "lượt", "con", "cây", "m²", "m2"]
    ),
    (.accountHead, ["tài"]),
    (.accountTail, ["khoản"]),
    (.account, ["stk"]),
    (.score, ["thắng", "thua", "hòa", "tỉ", "tỷ"]),
    (.outOf, ["điểm", "đạt"]),
  ]
}
