import Foundation

/// The day folders of `out/`: each `out/DATE` is a symbolic link to one complete generation
/// `out/.days/DATE~GEN/`, and a new generation replaces it with one `rename(2)` of a link.
///
/// A reader that resolves `out/DATE` sees either the old day or the new one, whole, at every
/// instant: there is no moment where the day is missing or half-written. A generation is built
/// beside the current one, every file and the folder are flushed to disk (`fsync`), and only then
/// is the link swapped. A killed run's unlinked generation is removed by the next writer's
/// ``recover()``; a replaced one is kept for ``readerGrace`` seconds first, for readers that
/// resolved the day just before the swap. Only a holder of the folder's write lock (``OutputLock``) may call the mutating
/// methods.
struct DayFolders {
  /// The output folder (`out/`).
  let root: URL

  private var fileManager: FileManager { .default }
  /// `out/.days/`.
  var generationsRoot: URL { root.appendingPathComponent(".days", isDirectory: true) }
  /// Leftovers of the previous layout (a staging folder, then two renames).
  private var legacyStaging: URL { root.appendingPathComponent(".staging", isDirectory: true) }
  private var legacyTrash: URL { root.appendingPathComponent(".trash", isDirectory: true) }

  /// `out/DATE` (a link to the day's current generation).
  func final(_ date: String) -> URL { root.appendingPathComponent(date, isDirectory: true) }

  /// The generation folder `out/DATE` points to now, or `nil` when the day has none.
  func current(_ date: String) -> URL? {
    let link = final(date).path
    if let target = try? fileManager.destinationOfSymbolicLink(atPath: link) {
      return target.hasPrefix("/")
        ? URL(fileURLWithPath: target, isDirectory: true)
        : root.appendingPathComponent(target, isDirectory: true)
    }
    var isDirectory: ObjCBool = false
    if fileManager.fileExists(atPath: link, isDirectory: &isDirectory), isDirectory.boolValue {
      return final(date)  // a plain folder written by an earlier version
    }
    return nil
  }

  /// Finishes what a killed run left: the previous layout's half-swapped days are put back, and
  /// every generation no day links to is deleted. Call it holding the write lock.
  func recover() throws {
    for date in (try? fileManager.contentsOfDirectory(atPath: legacyTrash.path)) ?? [] {
      let trashed = legacyTrash.appendingPathComponent(date, isDirectory: true)
      if fileManager.fileExists(atPath: final(date).path) {
        try fileManager.removeItem(at: trashed)
      } else {
        try fileManager.moveItem(at: trashed, to: final(date))
      }
    }
    for folder in [legacyStaging, legacyTrash] where fileManager.fileExists(atPath: folder.path) {
      try fileManager.removeItem(at: folder)
    }
    let names = (try? fileManager.contentsOfDirectory(atPath: generationsRoot.path)) ?? []
    let now = Date().timeIntervalSince1970
    for name in names where !name.hasSuffix(Self.retiredSuffix) {
      let date = String(name.prefix(while: { $0 != "~" }))
      let folder = generationsRoot.appendingPathComponent(name, isDirectory: true)
      guard current(date)?.standardizedFileURL.path != folder.standardizedFileURL.path else {
        continue
      }
      let marker = retiredMarker(of: folder)
      if let retired = Self.retiredAt(marker), now - retired < Self.readerGrace { continue }
      try fileManager.removeItem(at: folder)
      try? fileManager.removeItem(at: marker)
    }
    for name in names where name.hasSuffix(Self.retiredSuffix) {
      let folder = generationsRoot.appendingPathComponent(
        String(name.dropLast(Self.retiredSuffix.count)))
      if !fileManager.fileExists(atPath: folder.path) {
        try? fileManager.removeItem(at: generationsRoot.appendingPathComponent(name))
      }
    }
    for name in (try? fileManager.contentsOfDirectory(atPath: root.path)) ?? []
    where name.hasPrefix(".link-") {
      try? fileManager.removeItem(at: root.appendingPathComponent(name))
    }
  }

  /// Creates a new, empty generation for `date` and returns it.
  func beginDay(_ date: String) throws -> URL {
    let folder = generationsRoot.appendingPathComponent(
      "\(date)~\(Self.generationName())", isDirectory: true)
    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Reuses an unchanged file of the current day in `generation` (a hard link, no copy).
  func carryOver(_ file: String, of date: String, into generation: URL) throws {
    guard let current = current(date) else { throw CocoaError(.fileNoSuchFile) }
    let source = current.appendingPathComponent(file)
    let target = generation.appendingPathComponent(file)
    do {
      try fileManager.linkItem(at: source, to: target)
    } catch {
      try fileManager.copyItem(at: source, to: target)
    }
  }

  /// Makes `generation` the day's folder: flushes it, swaps the link, deletes the old generation.
  func commitDay(_ date: String, generation: URL) throws {
    try FileSync.flushFolder(generation, includingFiles: true)
    let link = final(date)
    var previous = current(date)
    if previous?.standardizedFileURL.path == link.standardizedFileURL.path {
      // A plain folder of an earlier version: move it aside once, then link.
      let aside = generationsRoot.appendingPathComponent(
        "\(date)~legacy-\(Self.generationName())", isDirectory: true)
      try fileManager.moveItem(at: link, to: aside)
      previous = aside
    }
    let temporary = root.appendingPathComponent(".link-\(date)-\(Self.generationName())")
    try fileManager.createSymbolicLink(
      atPath: temporary.path, withDestinationPath: ".days/" + generation.lastPathComponent)
    guard rename(temporary.path, link.path) == 0 else {
      let code = errno
      try? fileManager.removeItem(at: temporary)
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
    try FileSync.flushFolder(root, includingFiles: false)
    // The replaced generation stays for a grace period (see `recover()`), so a reader that has
    // just read its manifest still finds its files.
    if let previous, previous.path.contains("/.days/"),
      previous.standardizedFileURL.path != generation.standardizedFileURL.path
    {
      let stamp = String(Int(Date().timeIntervalSince1970))
      try? Data(stamp.utf8).write(to: retiredMarker(of: previous))
    }
  }

  /// How long a replaced generation is kept for readers that resolved it just before the swap.
  static let readerGrace: Double = 60
  static let retiredSuffix = ".retired"

  private func retiredMarker(of generation: URL) -> URL {
    generationsRoot.appendingPathComponent(generation.lastPathComponent + Self.retiredSuffix)
  }

  private static func retiredAt(_ marker: URL) -> Double? {
    guard let data = FileManager.default.contents(atPath: marker.path) else { return nil }
    return Double(String(decoding: data, as: UTF8.self))
  }

  /// A name unique to this process and moment: `<unix ms hex>-<pid>-<counter>`.
  static func generationName() -> String {
    let millis = UInt64(Date().timeIntervalSince1970 * 1000)
    return "\(String(millis, radix: 16))-\(getpid())-\(GenerationCounter.next())"
  }
}
