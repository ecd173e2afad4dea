/// Formats lengths for the operator.
enum TimeText {
  /// `754.2` → `12:34`; over an hour `1:02:03`.
  static func clock(_ seconds: Double) -> String {
    let total = max(0, Int(seconds.rounded()))
    let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
    let mm = minutes < 10 && hours > 0 ? "0\(minutes)" : "\(minutes)"
    let ss = secs < 10 ? "0\(secs)" : "\(secs)"
    return hours > 0 ? "\(hours):\(mm):\(ss)" : "\(mm):\(ss)"
  }
}
