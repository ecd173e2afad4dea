/// The class of a stretch of written text, as ``Normalizer/explain(_:)`` reports it.
///
/// Each class has a short Vietnamese label for the operator (``label``); the raw value is a
/// stable English name for programs (a web page, JSON).
public enum TextClass: String, Sendable, CaseIterable, Codable {
  /// An ordinary word, kept.
  case word
  /// An operator lexicon entry or a built-in phrase.
  case phrase
  /// An abbreviation expanded ("UBND").
  case abbreviation
  /// Capitals spelled letter by letter, or name initials.
  case letters
  /// A foreign word respelled ("Zalo").
  case foreign
  /// A Roman numeral ("khóa XV").
  case roman
  /// A unit or symbol read as words ("km", "%").
  case unit
  /// A plain number.
  case cardinal
  /// An ordinal ("thứ 2").
  case ordinal
  /// A decimal number.
  case decimal
  /// Digits read one by one (an ID, dotted numbers).
  case digits
  /// A calendar date.
  case date
  /// A range of dates.
  case dateRange
  /// A number of a year ("số 15/2026").
  case numberOfYear
  /// A time of day.
  case time
  /// A phone number or short code.
  case phone
  /// An amount written in spaced groups ("1 000 000 đồng").
  case amount
  /// A range ("15-20").
  case range
  /// A ratio ("429/434").
  case ratio
  /// A match score ("thắng 3-0").
  case score
  /// Numbers joined by hyphens that are not a range ("NPK 20-20-15").
  case series
  /// A fraction ("1/3").
  case fraction
  /// An official document number ("134/2025/QH15").
  case document
  /// A vehicle licence plate.
  case plate
  /// An office or keypad code ("PA05", "*101#").
  case code
  /// A web or e-mail address.
  case address
  /// Text mixing letters, digits and symbols ("COVID-19").
  case mixed
  /// Punctuation only: a pause or nothing.
  case punctuation

  /// The operator-facing label (Vietnamese).
  public var label: String {
    switch self {
    case .word: return "từ"
    case .phrase: return "cụm từ"
    case .abbreviation: return "viết tắt"
    case .letters: return "đánh vần"
    case .foreign: return "từ nước ngoài"
    case .roman: return "số La Mã"
    case .unit: return "đơn vị"
    case .cardinal: return "số"
    case .ordinal: return "số thứ tự"
    case .decimal: return "số thập phân"
    case .digits: return "từng chữ số"
    case .date: return "ngày tháng"
    case .dateRange: return "khoảng ngày"
    case .numberOfYear: return "số của năm"
    case .time: return "giờ"
    case .phone: return "điện thoại"
    case .amount: return "số tiền/lượng"
    case .range: return "khoảng"
    case .ratio: return "tỉ lệ"
    case .score: return "tỉ số"
    case .series: return "dãy số"
    case .fraction: return "phân số"
    case .document: return "văn bản"
    case .plate: return "biển số"
    case .code: return "mã"
    case .address: return "địa chỉ web"
    case .mixed: return "hỗn hợp"
    case .punctuation: return "dấu câu"
    }
  }
}
