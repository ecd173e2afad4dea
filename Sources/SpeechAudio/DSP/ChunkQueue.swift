import Foundation

/// A bounded single-producer, single-consumer queue of sample chunks between two threads.
///
/// The producer blocks when `capacity` chunks are waiting, so memory stays flat however long
/// the program is. Either side can fail it; the other side then stops.
final class ChunkQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var chunks: [[Float]] = []
  private var finished = false
  private var failed = false
  private let capacity: Int

  /// Creates a queue holding at most `capacity` chunks.
  init(capacity: Int = 32) {
    self.capacity = capacity
  }

  /// Adds a chunk; returns false if the consumer has failed (the producer should stop).
  @discardableResult
  func push(_ chunk: [Float]) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while chunks.count >= capacity && !failed { condition.wait() }
    if failed { return false }
    chunks.append(chunk)
    condition.broadcast()
    return true
  }

  /// Marks the end of the stream.
  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// Marks the queue failed, waking both sides.
  func fail() {
    condition.lock()
    failed = true
    chunks.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  /// The next chunk, or nil at the end of the stream or after a failure.
  func pop() -> [Float]? {
    condition.lock()
    defer { condition.unlock() }
    while chunks.isEmpty && !finished && !failed { condition.wait() }
    if failed || chunks.isEmpty { return nil }
    let chunk = chunks.removeFirst()
    condition.broadcast()
    return chunk
  }
}
