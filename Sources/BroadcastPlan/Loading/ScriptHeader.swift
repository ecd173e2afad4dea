import Foundation

/// The `---` header of a script: `title`, `approved_by`, `valid: A..B`, read line by line.
struct ScriptHeader {
  static let keys = ["title", "approved_by", "valid"]

  var title: String?
  var approvedBy: String?
  var validity: ClosedRange<CalendarDay>?

  /// Reads one header line; returns a problem (column and message) if the line is wrong.
  mutating func read(_ line: String) -> (column: Int, message: String)? {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    guard let colon = line.firstIndex(of: ":") else {
      return (1, "dòng phần đầu phải có dạng 'khoá: giá trị'")
    }
    let key = line[..<colon].trimmingCharacters(in: .whitespaces)
    let rawValue = line[line.index(after: colon)...]
    let value = rawValue.trimmingCharacters(in: .whitespaces)
    let valueColumn =
      line.distance(from: line.startIndex, to: colon) + 2
      + rawValue.prefix(while: { $0 == " " }).count
    switch key {
    case "title":
      title = value.isEmpty ? nil : value
    case "approved_by":
      approvedBy = value.isEmpty ? nil : value
    case "valid":
      validity = ScriptParser.range(value)
      if validity == nil {
        return (valueColumn, "thời hạn không hợp lệ '\(value)' (cần dạng 2026-06-01..2026-12-31)")
      }
    default:
      let hint = Suggestion.hint(for: key, in: Self.keys)
      return (1, "khoá không rõ '\(key)' trong phần đầu\(hint)")
    }
    return nil
  }
}
