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
  /// `--speed` with a real device.
  case speedNeedsNoDevice
  /// A speed outside (0, 10000].
  case speed(Double)
  /// Another `loa air` holds the output folder.
  case playerRunning(Int32, String)

  var description: String {
    switch self {
    case .dayCount(let count): "số ngày phải từ 1 đến 3660, không phải \(count)"
    case .month(let text): "tháng '\(text)' không hợp lệ; viết dạng YYYY-MM, ví dụ 2026-12."
    case .monthAndRange: "dùng --month hoặc --from/--to, không dùng cả hai."
    case .halfRange: "cần cả --from và --to."
    case .instant(let text):
      "thời điểm '\(text)' không hợp lệ; viết dạng 2026-12-09T05:59:50+07:00 hoặc now."
    case .speedNeedsNoDevice: "--speed chỉ dùng được với --device none."
    case .speed(let value): "tốc độ \(value) không hợp lệ (từ trên 0 đến 10000)."
    case .playerRunning(let pid, let out):
      "đã có 'loa air' đang chạy trên thư mục '\(out)' (pid \(pid)); không chạy thêm."
    }
  }
}
