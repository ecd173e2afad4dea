import BroadcastPlan
import Foundation

/// A one-off announcement as a script file whose header carries its airing:
///
/// ```
/// ---
/// title: Mời họp thôn
/// air: 2026-12-05 sang
/// priority: emergency
/// ---
/// Kính mời bà con …
/// ```
///
/// `loa serve` writes such files and, until the schedule loader reads `air:` itself, adds them to
/// the plan (see ``WebAnnouncements``).
struct AnnouncementFile: Sendable {
  var title: String
  var date: CalendarDay
  var slotID: String
  var priority: Priority
  var text: String

  /// The file's text.
  var rendered: String {
    let body = text.replacingOccurrences(of: "\r\n", with: "\n")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return "---\ntitle: \(title)\nair: \(date) \(slotID)\npriority: \(priority.key)\n---\n\(body)\n"
  }

  /// The announcement and script a file describes, with the problems of its header; `nil`
  /// announcement when the file has no `air:` line.
  static func read(text: String, path: String, file: String) -> (
    announcement: Announcement?, script: Script?, diagnostics: [Diagnostic]
  ) {
    var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
      let end = lines.dropFirst().firstIndex(where: {
        $0.trimmingCharacters(in: .whitespaces) == "---"
      })
    else { return (nil, nil, []) }
    var air: (value: String, line: Int, column: Int)?
    var priority: (value: String, line: Int, column: Int)?
    for index in 1..<end {
      let line = lines[index]
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingCharacters(in: .whitespaces)
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      let column = line.distance(from: line.startIndex, to: colon) + 3
      if key == "air" {
        air = (value, index + 1, column)
        lines[index] = ""
      } else if key == "priority" {
        priority = (value, index + 1, column)
        lines[index] = ""
      }
    }
    guard let air else { return (nil, nil, []) }
    var diagnostics: [Diagnostic] = []
    let parsed = ScriptParser(path: path, file: file).parse(lines.joined(separator: "\n"))
    diagnostics += parsed.diagnostics
    let parts = air.value.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let location = SourceLocation(file: file, line: air.line, column: air.column)
    guard parts.count == 2, let day = CalendarDay.parse(parts[0]) else {
      diagnostics.append(
        Diagnostic(
          location, .error,
          "'air: \(air.value)' không hợp lệ; cần ngày và mã buổi phát, ví dụ 'air: 2026-12-05 sang'"
        ))
      return (nil, parsed.script, diagnostics)
    }
    var level = Priority.normal
    if let priority {
      if let known = Priority(key: priority.value) {
        level = known
      } else {
        diagnostics.append(
          Diagnostic(
            SourceLocation(file: file, line: priority.line, column: priority.column), .error,
            "mức ưu tiên không hợp lệ '\(priority.value)' (chỉ có normal, priority, emergency)"))
      }
    }
    let slotLocation = SourceLocation(
      file: file, line: air.line, column: air.column + parts[0].count + 1)
    let announcement = Announcement(
      date: day, slotID: parts[1], script: ScriptSource(path: path, location: location),
      priority: level, location: location, slotLocation: slotLocation)
    return (announcement, parsed.script, diagnostics)
  }
}
