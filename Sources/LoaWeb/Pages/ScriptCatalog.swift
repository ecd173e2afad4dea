import BroadcastPlan
import Foundation
import LoaStudio

/// The scripts a schedule refers to, each with the URL path its page has. A URL finds a script
/// only through this list, never by opening the path it names.
struct ScriptCatalog {
  struct Entry {
    var script: Script
    /// `scripts/luat-ai/01.txt` (the schedule-relative path without leading `../`).
    var urlPath: String
    /// The campaigns (titles) that rotate it; empty for announcements.
    var campaigns: [String]
    /// The file on disk.
    var file: URL
    /// The folder it was listed from (campaign or announcement folder).
    var folder: URL
  }

  let entries: [Entry]

  init(station: Station, workspace: Workspace) {
    let directory = URL(fileURLWithPath: station.configuration.schedulePath)
      .deletingLastPathComponent()
    var campaignsByPath: [String: [String]] = [:]
    for campaign in workspace.schedule?.campaigns ?? [] {
      for path in workspace.loaded.scripts.campaignScripts[campaign.id] ?? [] {
        campaignsByPath[path, default: []].append(campaign.title)
      }
    }
    entries = workspace.loaded.scripts.scripts.values.sorted { $0.path < $1.path }.map { script in
      let file = directory.appendingPathComponent(script.path).standardizedFileURL
      return Entry(
        script: script, urlPath: Self.urlPath(script.path),
        campaigns: campaignsByPath[script.path] ?? [], file: file,
        folder: file.deletingLastPathComponent())
    }
  }

  /// The link of a script page.
  static func link(_ path: String) -> String { "/ban-tin/" + Paths.encode(urlPath(path)) }

  /// The preview audio of a script.
  static func previewLink(_ path: String) -> String {
    "/nghe-thu/" + Paths.encode(urlPath(path))
  }

  static func urlPath(_ path: String) -> String {
    var parts = path.split(separator: "/").filter { $0 != "." }
    while parts.first == ".." { parts.removeFirst() }
    return parts.joined(separator: "/")
  }

  /// The script a URL path names: only listed scripts, only safe paths, and only files that stay
  /// inside the folder they were listed from (a symlink out of it is refused).
  func entry(urlPath raw: String) -> Entry? {
    guard let path = Paths.safeRelative(raw),
      let entry = entries.first(where: { $0.urlPath == path }),
      Paths.isInside(entry.file, folder: entry.folder)
    else { return nil }
    return entry
  }
}
