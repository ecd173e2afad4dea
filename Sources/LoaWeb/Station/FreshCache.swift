import Foundation

/// Values computed in the last two seconds, by key, computed once even under load.
///
/// Plans and the pages built from them are pure functions of the workspace (its files are watched
/// by ``WorkspaceCache`` and are part of the key), the range, and the lengths in the speech cache
/// and manifests; only the last change behind the page's back (`loa render`), and two seconds
/// later the page shows them. When a value goes stale, one request recomputes it while the
/// others are answered with the previous value, so 50 clients asking for the same week cost one
/// planning run every two seconds, not fifty.
final class FreshCache<Value>: @unchecked Sendable {
  static var lifetime: TimeInterval { 2 }
  private let lock = NSLock()
  private var entries: [String: (made: TimeInterval, value: Value, refreshing: Bool)] = [:]

  /// Forgets every value.
  func clear() {
    lock.lock()
    entries = [:]
    lock.unlock()
  }

  /// The value for `key`: fresh, or stale while another caller refreshes it, or `make()`'s.
  func value(key: String, make: () throws -> Value) rethrows -> Value {
    let now = ProcessInfo.processInfo.systemUptime
    lock.lock()
    if let entry = entries[key] {
      if now - entry.made < Self.lifetime || entry.refreshing {
        lock.unlock()
        return entry.value
      }
      entries[key]?.refreshing = true
    }
    lock.unlock()
    do {
      let value = try make()
      lock.lock()
      entries = entries.filter { now - $0.value.made < 10 * Self.lifetime }
      entries[key] = (now, value, false)
      lock.unlock()
      return value
    } catch {
      lock.lock()
      entries[key]?.refreshing = false
      lock.unlock()
      throw error
    }
  }
}
