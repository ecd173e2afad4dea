import BroadcastPlan
import Foundation

/// The folder where announcements made in the web page are written: the schedule's
/// `announcement_folder` (or its default), the folder whose `air:` headers the loader reads.
struct AnnouncementFolder: Sendable {
  /// The folder as a path relative to the schedule (as script paths are written), no trailing `/`.
  let relative: String
  /// The folder on disk.
  let url: URL

  init(schedulePath: String, schedule: Schedule?) {
    var relative = schedule?.announcementFolder?.path ?? Schedule.defaultAnnouncementFolder
    while relative.count > 1, relative.hasSuffix("/") { relative.removeLast() }
    self.relative = relative
    url =
      URL(fileURLWithPath: schedulePath).deletingLastPathComponent()
      .appendingPathComponent(relative, isDirectory: true).standardizedFileURL
  }

  /// The path (relative to the schedule) of a file in this folder.
  func path(of name: String) -> String { relative + "/" + name }
}
