import Foundation

/// Work run on a thread of its own while the caller carries on; ``wait()`` joins it.
///
/// Used for the second core in the final pass, where the work reads shared state that does
/// not change while it runs (the scratch file and the gain envelope).
final class BackgroundJob: @unchecked Sendable {
  private let body: () throws -> Void
  private let finished = DispatchSemaphore(value: 0)
  private var failure: Error?
  private var joined = false

  /// Starts `body` on a new thread.
  init(_ body: @escaping () throws -> Void) {
    self.body = body
    let thread = Thread { [self] in
      do { try self.body() } catch { failure = error }
      finished.signal()
    }
    thread.start()
  }

  /// Waits for the work to end (once) and rethrows its error.
  func wait() throws {
    if !joined {
      finished.wait()
      joined = true
    }
    if let failure { throw failure }
  }
}
