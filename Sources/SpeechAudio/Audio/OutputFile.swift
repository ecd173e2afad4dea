import Foundation

/// A file being written under a temporary name in its final folder, renamed when complete.
///
/// A killed or failed run never leaves a truncated file under the final name; ``discard()``
/// removes the temporary one.
final class OutputFile {
  /// Where the file will end up.
  let finalURL: URL
  /// The temporary path being written.
  let temporaryPath: String
  /// The open descriptor (ownership passes to whoever wraps it).
  let descriptor: Int32
  private var done = false

  /// Checks the folder and creates the temporary file (`.NAME.loa-tmp-PID-RANDOM`).
  init(for url: URL, suffix: String = "tmp") throws {
    let folder = url.deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue
    else { throw SpeechAudioError.folderMissing(folder) }
    let name =
      ".\(url.lastPathComponent).loa-\(suffix)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let path = (folder as NSString).appendingPathComponent(name)
    let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw SpeechAudioError.folderNotWritable(folder) }
    finalURL = url
    temporaryPath = path
    descriptor = fd
  }

  deinit {
    if !done { unlink(temporaryPath) }
  }

  /// The process that created a temporary file, from its name (`.NAME.loa-KIND-PID-RANDOM`),
  /// or nil if the name is not one of ours.
  static func ownerProcess(ofTemporaryName name: String) -> Int32? {
    guard name.hasPrefix("."), let marker = name.range(of: ".loa-", options: .backwards) else {
      return nil
    }
    let parts = name[marker.upperBound...].split(separator: "-")
    guard parts.count == 3, ["tmp", "scratch"].contains(parts[0]), UInt32(parts[2]) != nil else {
      return nil
    }
    return Int32(parts[1])
  }

  /// Renames the temporary file to the final name.
  func commit() throws {
    guard rename(temporaryPath, finalURL.path) == 0 else {
      let reason = String(cString: strerror(errno))
      discard()
      throw SpeechAudioError.writeFailed(finalURL.path, reason: reason)
    }
    done = true
  }

  /// Removes the temporary file.
  func discard() {
    if !done { unlink(temporaryPath) }
    done = true
  }
}
