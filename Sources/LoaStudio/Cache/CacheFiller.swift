import Dispatch
import Foundation
import SpeechAudio
import Synchronization

/// Synthesises the texts the speech cache lacks: one after another in process, or as many at
/// once as the renderer's worker pool has workers.
///
/// Every entry is written atomically by ``SpeechCache/store(text:renderer:)`` and named by its
/// content, so the order in which entries finish cannot change any output. Progress is reported
/// on the calling thread. When a text fails, no new text is started, those already running
/// finish, and the first failure is thrown — naming the script when workers gave up on it.
struct CacheFiller {
  /// The cache to fill.
  let cache: SpeechCache
  /// The renderer (with or without a worker pool).
  let renderer: AudioRenderer

  /// One text to synthesise and the script it comes from (for the error message).
  typealias Entry = (text: String, script: String)

  /// Stores every entry; `progress(done, index)` runs on this thread after each one.
  func fill(_ entries: [Entry], progress: (Int, Int) -> Void) throws {
    let lanes = min(renderer.pool?.jobs ?? 1, entries.count)
    guard lanes > 1 else {
      for (index, entry) in entries.enumerated() {
        try store(entry)
        progress(index + 1, index)
      }
      return
    }
    try fillInParallel(entries, lanes: lanes, progress: progress)
  }

  private struct Shared {
    var next = 0
    var stop = false
    var finished: [(index: Int, error: (any Error)?)] = []
  }

  private func fillInParallel(_ entries: [Entry], lanes: Int, progress: (Int, Int) -> Void)
    throws
  {
    // `lanes` renders share the pool: each needs only one request queued ahead (less memory).
    let filler = CacheFiller(
      cache: cache,
      renderer: AudioRenderer(
        synthesizer: renderer.synthesizer, pool: renderer.pool, lookahead: 1))
    let shared = Mutex(Shared())
    let completed = DispatchSemaphore(value: 0)
    let laneEnded = DispatchSemaphore(value: 0)
    for _ in 0..<lanes {
      Thread {
        while let index = shared.withLock({ state -> Int? in
          guard !state.stop, state.next < entries.count else { return nil }
          defer { state.next += 1 }
          return state.next
        }) {
          let error: (any Error)?
          do {
            try filler.store(entries[index])
            error = nil
          } catch let failure {
            error = failure
          }
          shared.withLock { $0.finished.append((index, error)) }
          completed.signal()
        }
        laneEnded.signal()
      }.start()
    }
    var done = 0
    var failure: (any Error)?
    while done < entries.count && failure == nil {
      completed.wait()
      let outcome = shared.withLock { $0.finished.removeFirst() }
      if let error = outcome.error {
        failure = error
        shared.withLock { $0.stop = true }
      } else {
        done += 1
        progress(done, outcome.index)
      }
    }
    for _ in 0..<lanes { laneEnded.wait() }
    if let failure { throw failure }
  }

  /// Stores one entry; a worker failure becomes ``StudioError/synthesisFailed(script:reason:)``.
  private func store(_ entry: Entry) throws {
    do {
      try cache.store(text: entry.text, renderer: renderer)
    } catch let error as SpeechAudioError {
      if case .workerFailed = error {
        throw StudioError.synthesisFailed(script: entry.script, reason: error.description)
      }
      throw error
    }
  }
}
