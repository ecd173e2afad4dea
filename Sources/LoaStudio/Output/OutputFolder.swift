import Foundation
import SpeechAudio

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

  /// Deletes the temporary files of killed syntheses in each cache folder (`out/.cache/xx/`).
  static func removeTemporaryFiles(in cache: URL) {
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
    for name in folders {
      _ = try? AudioFile.removeLeftovers(in: cache.appendingPathComponent(name, isDirectory: true))
    }
  }
}
