import Foundation

/// Sets up the output folder before a render: creates it, checks it is writable, and cleans up
/// what a killed run left behind (half-swapped days, temporary files in the cache).
enum OutputFolder {
  /// Creates `folder` if needed, checks write access, recovers interrupted days.
  static func prepare(_ folder: URL) throws {
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StudioError.outputUnwritable(path: folder.path, reason: "không tạo được thư mục")
    }
    guard access(folder.path, W_OK) == 0 else {
      throw StudioError.outputUnwritable(path: folder.path, reason: "không có quyền ghi")
    }
    do {
      try DayFolders(root: folder).recover()
      removeTemporaryFiles(in: folder.appendingPathComponent(".cache"))
    } catch {
      throw StudioError.outputUnwritable(path: folder.path, reason: "\(error)")
    }
  }

  /// Deletes `.NAME.loa-…` temporary files (a killed synthesis) anywhere under `folder`.
  static func removeTemporaryFiles(in folder: URL) {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return }
    while let relative = walker.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix("."), name.contains(".loa-") {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(relative))
      }
    }
  }
}
