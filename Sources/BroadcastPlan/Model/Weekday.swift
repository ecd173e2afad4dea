/// A day of the week, Monday first (the Vietnamese week: thứ Hai … Chủ nhật).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
  /// Thứ Hai.
  case monday = 1
  /// Thứ Ba.
  case tuesday
  /// Thứ Tư.
  case wednesday
  /// Thứ Năm.
  case thursday
  /// Thứ Sáu.
  case friday
  /// Thứ Bảy.
  case saturday
  /// Chủ nhật.
  case sunday

  /// The Vietnamese name as read in an opening, e.g. "thứ Tư", "Chủ nhật".
  public var vietnameseName: String {
    switch self {
    case .monday: "thứ Hai"
    case .tuesday: "thứ Ba"
    case .wednesday: "thứ Tư"
    case .thursday: "thứ Năm"
    case .friday: "thứ Sáu"
    case .saturday: "thứ Bảy"
    case .sunday: "Chủ nhật"
    }
  }

  /// The short Vietnamese code used in schedules: `t2` … `t7`, `cn`.
  public var code: String {
    self == .sunday ? "cn" : "t\(rawValue + 1)"
  }

  /// Parses `t2`…`t7`, `cn` or `mon`…`sun` (case-insensitive).
  public init?(code: String) {
    let english = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    let lower = code.lowercased()
    if let index = english.firstIndex(of: lower) {
      self = Weekday.allCases[index]
    } else if let match = Weekday.allCases.first(where: { $0.code == lower }) {
      self = match
    } else {
      return nil
    }
  }

  /// Orders Monday first.
  public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
