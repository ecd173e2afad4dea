import Foundation

/// An exclusive OS lock on a file (`flock(2)`), released by the kernel when the process dies.
///
/// `out/.lock` serialises every writer of an output folder (renders, the player's re-renders,
/// emergencies, the page's announcements). The lock is held from ``acquire(_:waiting:)`` until
/// the value is released or deinitialised. Its one mutable field is only changed by `release()`.
final class OutputLock: @unchecked Sendable {
  private var descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Takes the lock on `file`, creating it; when another process (or another open in this one)
  /// holds it, calls `waiting` once and blocks until it is free.
  static func acquire(_ file: URL, waiting: () -> Void) throws -> OutputLock {
    let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EACCES) }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK else {
        let code = errno
        close(descriptor)
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
      }
      waiting()
      while flock(descriptor, LOCK_EX) != 0 {
        guard errno == EINTR else {
          let code = errno
          close(descriptor)
          throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
      }
    }
    return OutputLock(descriptor: descriptor)
  }

  /// Takes the lock on `file` only if it is free; `nil` when another holder has it.
  static func tryAcquire(_ file: URL) throws -> OutputLock? {
    let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EACCES) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      return nil
    }
    return OutputLock(descriptor: descriptor)
  }

  /// Replaces the lock file's content with `text` (for example the holder's pid).
  func write(_ text: String) {
    _ = ftruncate(descriptor, 0)
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  /// Releases the lock now.
  func release() {
    guard descriptor >= 0 else { return }
    flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
