import BroadcastPlan
import Foundation

/// The folder where announcements made in the web page are written: the folder of the
/// schedule's first one-off announcement script, else `scripts/thong-bao` beside the schedule.
struct AnnouncementFolder: Sendable {
  /// The folder as a path relative to the schedule (as script paths are written), no trailing `/`.
  let relative: String
  /// The folder on disk.
  let url: URL

  init(schedulePath: String, schedule: Schedule?) {
    let scheduleDirectory = URL(fileURLWithPath: schedulePath).deletingLastPathComponent()
    var relative = "scripts/thong-bao"
    if let first = schedule?.announcements.first?.script.path, first.contains("/") {
      relative = String(first[..<first.lastIndex(of: "/")!])
    }
    self.relative = relative
    url = scheduleDirectory.appendingPathComponent(relative, isDirectory: true).standardizedFileURL
  }

  /// The path (relative to the schedule) of a file in this folder.
  func path(of name: String) -> String { relative + "/" + name }
}
