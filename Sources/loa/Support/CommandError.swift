/// Mistakes in a command's own options (not in the schedule or the scripts, which the libraries
/// report). Each `description` is the Vietnamese line the operator sees.
enum CommandError: Error, CustomStringConvertible {
  /// A day count outside 1…3660.
  case dayCount(Int)
  /// `loa report`: a month that is not `YYYY-MM`.
  case month(String)
  /// `loa report`: both `--month` and `--from/--to`.
  case monthAndRange
  /// `loa report`: only one of `--from` and `--to`.
  case halfRange
  /// An instant that is not ISO 8601 with an offset, nor `now`.
  case instant(String)

  var description: String {
    switch self {
    case .dayCount(let count): "số ngày phải từ 1 đến 3660, không phải \(count)"
    case .month(let text): "tháng '\(text)' không hợp lệ; viết dạng YYYY-MM, ví dụ 2026-12."
    case .monthAndRange: "dùng --month hoặc --from/--to, không dùng cả hai."
    case .halfRange: "cần cả --from và --to."
    case .instant(let text):
      "thời điểm '\(text)' không hợp lệ; viết dạng 2026-12-09T05:59:50+07:00 hoặc now."
    }
  }
}
