import BroadcastPlan

/// What the player reports, one line each on stdout (systemd's journal keeps them).
public enum PlayerEvent: Sendable, CustomStringConvertible {
  /// Started: where it plays, from which instant.
  case started(outputs: String, at: StationInstant)
  /// Programs were (re)rendered or reloaded: how many are ahead.
  case ready(programs: Int)
  /// The schedule is now invalid: the last valid programs stay on air.
  case scheduleInvalid(errors: Int, diagnostics: [String])
  /// A program started (late by some seconds, or on time).
  case playing(file: String, lateBy: Double)
  /// A program ended whole.
  case finished(file: String, seconds: Double)
  /// A program was stopped before its end.
  case interrupted(file: String, playedSeconds: Double, why: String)
  /// A program's start passed beyond the grace.
  case missed(file: String, lateBy: Double)
  /// A program could not be aired.
  case failed(file: String, why: String)
  /// An emergency announcement started.
  case emergency(title: String)
  /// Something to tell the operator that is not an airing (an output failed, garbage in the queue).
  case warning(String)
  /// The player stopped.
  case stopped

  /// The Vietnamese line.
  public var description: String {
    switch self {
    case .started(let outputs, let at): "Bắt đầu phát (\(outputs)) từ \(at)."
    case .ready(let count): "Sẵn sàng: \(count) chương trình sắp tới."
    case .scheduleInvalid(let errors, _):
      "Lịch phát có \(errors) lỗi: vẫn phát các chương trình đã tạo trước đó."
    case .playing(let file, let late):
      late > 0
        ? "Phát muộn \(Self.seconds(late)): \(file)." : "Phát đúng giờ: \(file)."
    case .finished(let file, let seconds): "Phát xong \(file) (\(Self.seconds(seconds)))."
    case .interrupted(let file, let played, let why):
      "Ngắt \(file) sau \(Self.seconds(played)): \(why)."
    case .missed(let file, let late): "Bỏ lỡ \(file): đã quá giờ \(Self.seconds(late))."
    case .failed(let file, let why): "Không phát được \(file): \(why)."
    case .emergency(let title): "Phát thông báo khẩn: \(title)."
    case .warning(let text): "Cảnh báo: \(text)"
    case .stopped: "Đã dừng phát."
    }
  }

  static func seconds(_ value: Double) -> String {
    let text = String(Int(value.rounded()))
    return value < 90 ? "\(text) giây" : ClockText.duration(value)
  }
}
