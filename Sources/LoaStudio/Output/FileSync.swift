import Foundation

/// Flushes files and folders to disk before a rename makes them visible (`fsync(2)`).
enum FileSync {
  /// `fsync` of one file or folder.
  static func flush(_ url: URL) throws {
    let descriptor = open(url.path, O_RDONLY)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
  }

  /// `fsync` of a folder and, when `includingFiles`, of every regular file directly in it.
  static func flushFolder(_ folder: URL, includingFiles: Bool) throws {
    if includingFiles {
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        try flush(folder.appendingPathComponent(name))
      }
    }
    try flush(folder)
  }
}
