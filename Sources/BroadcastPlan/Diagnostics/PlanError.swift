/// The errors of the `BroadcastPlan` layer; `description` is the Vietnamese line the CLI prints.
public enum PlanError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The schedule file cannot be read.
  case unreadableSchedule(path: String)
  /// The schedule or its scripts have errors (they are listed separately as diagnostics).
  case invalidSchedule(path: String, errorCount: Int)
  /// A date argument is not `YYYY-MM-DD`, `today` or `tomorrow`.
  case invalidDate(String)

  /// The one-line Vietnamese message.
  public var description: String {
    switch self {
    case .unreadableSchedule(let path):
      "không đọc được tệp lịch phát '\(path)'"
    case .invalidSchedule(let path, let count):
      "lịch phát '\(path)' có \(count) lỗi, chưa thể lập lịch; sửa rồi chạy lại 'loa check'"
    case .invalidDate(let text):
      "ngày không hợp lệ '\(text)' (dùng YYYY-MM-DD, today hoặc tomorrow)"
    }
  }
}
