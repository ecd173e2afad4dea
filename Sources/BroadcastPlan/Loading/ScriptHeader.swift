import Foundation

/// The `---` header of a script, read line by line: `title`, `approved_by`, `valid: A..B`,
/// `air: DATE SLOT` (repeatable) and `priority`. Collects every field and every problem.
struct ScriptHeader {
  static let keys = ["title", "approved_by", "valid", "air", "priority"]
  /// Keys that may be written more than once (one airing a line).
  static let repeatable: Set<String> = ["air"]

  let file: String
  var fields: [ScriptHeaderField] = []
  var diagnostics: [Diagnostic] = []
  var title: String?
  var approvedBy: String?
  var validity: ClosedRange<CalendarDay>?
  var airings: [ScriptAiring] = []
  var priority: Priority?

  init(file: String) {
    self.file = file
  }

  /// Reads header line `number` (1-based).
  mutating func read(_ line: String, number: Int) {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    let start = SourceLocation(file: file, line: number, column: 1)
    guard let colon = line.firstIndex(of: ":") else {
      diagnostics.append(Diagnostic(start, .error, "dòng phần đầu phải có dạng 'khoá: giá trị'"))
      return
    }
    let key = line[..<colon].trimmingCharacters(in: .whitespaces)
    let rawValue = line[line.index(after: colon)...]
    let column =
      line.unicodeScalars.distance(from: line.startIndex, to: colon) + 2
      + rawValue.unicodeScalars.prefix(while: { $0 == " " || $0 == "\t" }).count
    let field = ScriptHeaderField(
      key: key, value: rawValue.trimmingCharacters(in: .whitespaces), keyLocation: start,
      valueLocation: SourceLocation(file: file, line: number, column: column))
    guard Self.keys.contains(key) else {
      let hint = Suggestion.hint(for: key, in: Self.keys)
      error(start, "khoá không rõ '\(key)' trong phần đầu\(hint)")
      fields.append(field)
      return
    }
    if !Self.repeatable.contains(key), fields.contains(where: { $0.key == key }) {
      error(start, "khoá '\(key)' bị lặp lại trong phần đầu")
      return
    }
    fields.append(field)
    interpret(field)
  }

  /// Problems only visible once every line is read.
  mutating func finish() {
    if airings.isEmpty, let field = fields.first(where: { $0.key == "priority" }) {
      diagnostics.append(
        Diagnostic(
          field.keyLocation, .warning,
          "'priority' chỉ có tác dụng cùng với dòng 'air:' (thông báo tự ghi ngày phát); "
            + "bài này không có dòng 'air:'"))
    }
  }

  mutating func interpret(_ field: ScriptHeaderField) {
    let value = field.value
    switch field.key {
    case "title":
      title = value.isEmpty ? nil : value
    case "approved_by":
      approvedBy = value.isEmpty ? nil : value
    case "valid":
      validity = ScriptParser.range(value)
      if validity == nil {
        error(
          field.valueLocation,
          "thời hạn không hợp lệ '\(value)' (cần dạng 2026-06-01..2026-12-31)")
      }
    case "air":
      if let airing = airing(field) { airings.append(airing) }
    default:  // "priority"
      priority = Priority(key: value)
      if priority == nil {
        let hint = Suggestion.hint(for: value, in: Priority.allCases.map(\.key))
        error(
          field.valueLocation,
          "mức ưu tiên không hợp lệ '\(value)' (chỉ có normal, priority, emergency)\(hint)")
      }
    }
  }

  /// `air: 2026-12-05 sang` → an airing; the slot id is checked later, like the schedule's.
  mutating func airing(_ field: ScriptHeaderField) -> ScriptAiring? {
    let value = field.value
    let parts = value.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard parts.count == 2, let slotStart = parts.last?.startIndex else {
      error(
        field.valueLocation,
        "'air' cần ngày và mã buổi phát cách nhau một dấu cách, ví dụ 'air: 2026-12-05 sang'")
      return nil
    }
    guard let date = CalendarDay.parse(String(parts[0])) else {
      error(
        field.valueLocation,
        "ngày không hợp lệ '\(parts[0])' ở 'air' (cần dạng YYYY-MM-DD, ví dụ 2026-12-05)")
      return nil
    }
    let offset = value.unicodeScalars.distance(from: value.startIndex, to: slotStart)
    return ScriptAiring(
      date: date, slotID: String(parts[1]), location: field.valueLocation,
      slotLocation: field.location(atValueOffset: offset))
  }

  mutating func error(_ location: SourceLocation, _ message: String) {
    diagnostics.append(Diagnostic(location, .error, message))
  }
}
