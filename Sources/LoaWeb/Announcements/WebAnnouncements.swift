import BroadcastPlan
import Foundation
import LoaStudio

/// Adds the announcement files of the announcement folder (those with an `air:` header) to a
/// workspace, so announcements made in the web page show up in the plan at once.
///
/// Files the schedule loader already read are left alone: once `BroadcastPlan` reads `air:`
/// headers itself, this step finds nothing left to add.
struct WebAnnouncements: Sendable {
  let folder: AnnouncementFolder
  let schedulePath: String

  /// The workspace with every announcement file of the folder added.
  func apply(to workspace: Workspace, today: CalendarDay) -> Workspace {
    let found = read(skipping: Set(workspace.loaded.scripts.scripts.keys))
    guard !found.announcements.isEmpty else { return workspace }
    return workspace.adding(
      announcements: found.announcements, scripts: found.scripts, today: today)
  }

  /// The announcement files of the folder, in name order.
  func read(skipping known: Set<String>) -> (announcements: [Announcement], scripts: [Script]) {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? [])
      .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
    var announcements: [Announcement] = []
    var scripts: [Script] = []
    for name in names {
      let path = folder.path(of: name)
      guard !known.contains(path) else { continue }
      let url = folder.url.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path),
        let text = String(data: data, encoding: .utf8)
      else { continue }
      let read = AnnouncementFile.read(text: text, path: path, file: displayPath(path))
      if let announcement = read.announcement, let script = read.script {
        announcements.append(announcement)
        scripts.append(script)
      }
    }
    return (announcements, scripts)
  }

  /// The file name diagnostics use: the schedule's folder joined with the script path.
  func displayPath(_ path: String) -> String {
    let directory = (schedulePath as NSString).deletingLastPathComponent
    let joined = directory.isEmpty ? path : directory + "/" + path
    return Self.fold(joined)
  }

  /// Folds `.` and `..` like the schedule loader does for its file names.
  static func fold(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == "..", absolute {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }
}
