import BroadcastPlan
import Foundation
import LoaStudio

/// Keeps the last loaded workspace while none of the files it was read from changed.
///
/// The schedule, the lexicon, every script and every script folder are watched by modification
/// time and size, so an edit shows up on the next request without re-reading all files each time.
final class WorkspaceCache: @unchecked Sendable {
  private let lock = NSLock()
  private var entry: (key: String, watched: [String], workspace: Workspace)?

  /// The cached workspace for `today`, or the result of `load` when anything changed.
  func workspace(
    today: CalendarDay, load: () throws -> (Workspace, [String])
  ) throws -> Workspace {
    lock.lock()
    let current = entry
    lock.unlock()
    if let current, current.key == Self.key(today: today, watched: current.watched) {
      return current.workspace
    }
    let (workspace, watched) = try load()
    lock.lock()
    entry = (Self.key(today: today, watched: watched), watched, workspace)
    lock.unlock()
    return workspace
  }

  /// The key of the workspace in the cache (changes whenever a watched file changes).
  var currentKey: String {
    lock.lock()
    defer { lock.unlock() }
    return entry?.key ?? ""
  }

  /// Forgets the cached workspace (after the page wrote a file).
  func invalidate() {
    lock.lock()
    entry = nil
    lock.unlock()
  }

  static func key(today: CalendarDay, watched: [String]) -> String {
    var key = today.description
    for path in watched {
      var info = stat()
      if stat(path, &info) == 0 {
        key += "|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_size)"
      } else {
        key += "|-"
      }
    }
    return key
  }
}
