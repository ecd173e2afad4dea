import Foundation

/// Swaps a whole day folder into place, so a killed run leaves each day as it was or complete.
///
/// A day is built in `out/.staging/DATE/`, then committed: the old `out/DATE/` moves to
/// `out/.trash/DATE/`, the staging folder is renamed to `out/DATE/`, and the trash is deleted.
/// `recover()` (run at the start of every render) finishes or undoes an interrupted swap and
/// clears half-built staging folders.
struct DayFolders {
  /// The output folder (`out/`).
  let root: URL

  private var fileManager: FileManager { .default }
  private var stagingRoot: URL { root.appendingPathComponent(".staging", isDirectory: true) }
  private var trashRoot: URL { root.appendingPathComponent(".trash", isDirectory: true) }

  /// `out/DATE/`.
  func final(_ date: String) -> URL { root.appendingPathComponent(date, isDirectory: true) }
  /// `out/.staging/DATE/`.
  func staging(_ date: String) -> URL {
    stagingRoot.appendingPathComponent(date, isDirectory: true)
  }
  private func trash(_ date: String) -> URL {
    trashRoot.appendingPathComponent(date, isDirectory: true)
  }

  /// Restores days whose swap was interrupted and deletes unfinished staging folders.
  func recover() throws {
    for date in (try? fileManager.contentsOfDirectory(atPath: trashRoot.path)) ?? [] {
      if fileManager.fileExists(atPath: final(date).path) {
        try fileManager.removeItem(at: trash(date))
      } else {
        try fileManager.moveItem(at: trash(date), to: final(date))
      }
    }
    if fileManager.fileExists(atPath: stagingRoot.path) {
      try fileManager.removeItem(at: stagingRoot)
    }
  }

  /// Creates an empty staging folder for `date`.
  func beginDay(_ date: String) throws -> URL {
    let folder = staging(date)
    if fileManager.fileExists(atPath: folder.path) { try fileManager.removeItem(at: folder) }
    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Reuses an unchanged file of the current day in the staging folder (a hard link, no copy).
  func carryOver(_ file: String, of date: String) throws {
    let source = final(date).appendingPathComponent(file)
    let target = staging(date).appendingPathComponent(file)
    do {
      try fileManager.linkItem(at: source, to: target)
    } catch {
      try fileManager.copyItem(at: source, to: target)
    }
  }

  /// Replaces `out/DATE/` with the staging folder.
  func commitDay(_ date: String) throws {
    let current = final(date)
    let old = trash(date)
    if fileManager.fileExists(atPath: current.path) {
      try fileManager.createDirectory(at: trashRoot, withIntermediateDirectories: true)
      if fileManager.fileExists(atPath: old.path) { try fileManager.removeItem(at: old) }
      try fileManager.moveItem(at: current, to: old)
    }
    try fileManager.moveItem(at: staging(date), to: current)
    if fileManager.fileExists(atPath: old.path) { try fileManager.removeItem(at: old) }
    for folder in [stagingRoot, trashRoot] {
      rmdir(folder.path)  // only when empty: another day may be in progress
    }
  }
}
