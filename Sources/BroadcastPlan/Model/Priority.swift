/// The three broadcast priority levels (Circular 39/2020/TT-BTTTT): normal < priority < emergency.
public enum Priority: Int, Sendable, Hashable, CaseIterable, Comparable {
  /// Thông tin thường.
  case normal = 0
  /// Thông tin ưu tiên.
  case priority = 1
  /// Thông tin khẩn cấp: airs first and may push every other item out.
  case emergency = 2

  /// The name written in a schedule: `normal`, `priority`, `emergency`.
  public var key: String {
    switch self {
    case .normal: "normal"
    case .priority: "priority"
    case .emergency: "emergency"
    }
  }

  /// The Vietnamese name shown to the operator: "thường", "ưu tiên", "khẩn cấp".
  public var displayName: String {
    switch self {
    case .normal: "thường"
    case .priority: "ưu tiên"
    case .emergency: "khẩn cấp"
    }
  }

  /// Parses the schedule key (`normal`, `priority`, `emergency`).
  public init?(key: String) {
    guard let match = Priority.allCases.first(where: { $0.key == key }) else { return nil }
    self = match
  }

  /// Orders by urgency.
  public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
}
