import Foundation

extension ScriptReading {
  /// The announcements the scripts of the schedule's announcement folder carry in their headers
  /// (`air: DATE SLOT`, `priority:`), in file-name order.
  ///
  /// Only `.txt` files directly in the folder count. A script there without `air:` airs only if
  /// the schedule names it. Also warns about `air:` lines outside the folder (they do nothing)
  /// and about airings the schedule already lists (aired once).
  mutating func headerAnnouncements(_ schedule: Schedule) -> [Announcement] {
    let folder = schedule.announcementFolder?.path ?? Schedule.defaultAnnouncementFolder
    var inFolder: Set<String> = []
    var found: [Announcement] = []
    for relative in announcementFiles(schedule, folder: folder) {
      let normalized = PathResolver.normalize(relative)
      inFolder.insert(normalized)
      let known = library.scripts.keys.first { PathResolver.normalize($0) == normalized }
      let path = known ?? relative
      let onDisk = PathResolver.join(baseDirectory, relative)
      guard let script = library.scripts[path] ?? parse(relative: relative, onDisk: onDisk),
        !script.airings.isEmpty
      else { continue }
      library.scripts[path] = script
      for announcement in Announcement.carried(by: script, at: path) {
        if let twin = (schedule.announcements + found).first(where: {
          PathResolver.normalize($0.script.path) == normalized && $0.date == announcement.date
            && $0.slotID == announcement.slotID
        }) {
          let at = twin.location.map { " (\($0))" } ?? ""
          diagnostics.append(
            Diagnostic(
              announcement.location ?? SourceLocation(file: scheduleFile, line: 1, column: 1),
              .warning,
              "thông báo này đã có\(at) cùng ngày \(announcement.date.displayText), buổi "
                + "'\(announcement.slotID)': chỉ phát một lần"))
          continue
        }
        found.append(announcement)
      }
    }
    for (path, script) in library.scripts.sorted(by: { $0.key < $1.key })
    where !script.airings.isEmpty && !inFolder.contains(PathResolver.normalize(path)) {
      diagnostics.append(
        Diagnostic(
          script.airings[0].location, .warning,
          "dòng 'air:' chỉ có tác dụng với bài nằm trong thư mục thông báo '\(folder)' "
            + "(announcement_folder); bài này không được phát theo dòng đó"))
    }
    return found
  }

  /// The `.txt` files directly in the announcement folder, relative to the schedule, sorted.
  /// A folder the schedule names must exist; the default one may be missing.
  mutating func announcementFiles(_ schedule: Schedule, folder: String) -> [String] {
    let onDisk = PathResolver.join(baseDirectory, folder)
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: onDisk, isDirectory: &isDirectory)
    guard exists, isDirectory.boolValue else {
      if let named = schedule.announcementFolder {
        let location = named.location ?? SourceLocation(file: scheduleFile, line: 1, column: 1)
        let problem =
          exists
          ? "'\(folder)' là một tệp, không phải thư mục thông báo"
          : "không tìm thấy thư mục thông báo '\(folder)'"
        diagnostics.append(Diagnostic(location, .error, problem))
      }
      return []
    }
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    return ((try? FileManager.default.contentsOfDirectory(atPath: onDisk)) ?? [])
      .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
      .map { base + "/" + $0 }
  }
}
