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
/// `loa serve` writes such files into the schedule's announcement folder, where the schedule
/// loader reads their `air:` headers like every command does.
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

  /// The announcements and script a file's text describes, with its problems, read by the
  /// schedule loader's own ``BroadcastPlan/ScriptParser`` (so the page and `loa check` agree).
  static func read(text: String, path: String, file: String) -> (
    announcements: [Announcement], script: Script?, diagnostics: [Diagnostic]
  ) {
    let parsed = ScriptParser(path: path, file: file).parse(text)
    let announcements = parsed.script.map { Announcement.carried(by: $0, at: path) } ?? []
    return (announcements, parsed.script, parsed.diagnostics)
  }
}
