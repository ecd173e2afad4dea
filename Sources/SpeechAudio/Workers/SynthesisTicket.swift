import Dispatch
import Synchronization

/// The pending result of one request handed to a ``SynthesisPool``: filled by a lane once,
/// waited for by the renderer.
final class SynthesisTicket: Sendable {
  /// What was asked.
  let request: SynthesisRequest
  private let result = Mutex<Result<SynthesisReply, SpeechAudioError>?>(nil)
  private let cancelled = Atomic<Bool>(false)
  private let done = DispatchSemaphore(value: 0)

  /// A ticket for `request`.
  init(_ request: SynthesisRequest) {
    self.request = request
  }

  /// Whether nobody wants the result any more (a lane skips the work).
  var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

  /// Tells the lanes the result is no longer wanted.
  func cancel() {
    cancelled.store(true, ordering: .relaxed)
  }

  /// Stores the result and wakes the waiter (called once).
  func complete(_ value: Result<SynthesisReply, SpeechAudioError>) {
    result.withLock { $0 = value }
    done.signal()
  }

  /// Waits for the result and takes it (call once).
  func wait() throws(SpeechAudioError) -> SynthesisReply {
    done.wait()
    let value = result.withLock { slot in
      defer { slot = nil }
      return slot
    }
    guard let value else { throw .engineFailed("synthesis result taken twice") }
    return try value.get()
  }
}
