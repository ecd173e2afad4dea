import Dispatch
import Foundation

/// Runs numbered tasks on a few threads and hands their results back in task order, on the
/// calling thread.
///
/// Lanes take tasks first come, first served, but never run more than ``window`` tasks past the
/// one the caller waits for, so finished results waiting to be consumed stay few. When a task
/// fails, no new task starts, the running ones finish, and the failure of the lowest-numbered
/// failed task is thrown once every result before it was consumed. With one lane the tasks run
/// on the calling thread, one after another.
struct OrderedLanes {
  /// Threads running tasks at once.
  let lanes: Int
  /// How many tasks may run or wait ahead of the one being consumed.
  let window: Int

  /// Lanes and window (default: two tasks per lane).
  init(lanes: Int, window: Int? = nil) {
    self.lanes = max(1, lanes)
    self.window = max(self.lanes, window ?? 2 * self.lanes)
  }

  /// Runs `task(0) … task(count − 1)`; `consume(i, result)` runs on this thread in order.
  func run<T: Sendable>(
    _ count: Int, task: @escaping @Sendable (Int) throws -> T,
    consume: (Int, T) throws -> Void
  ) throws {
    guard lanes > 1, count > 1 else {
      for index in 0..<count { try consume(index, try task(index)) }
      return
    }
    let board = Board<T>(count: count, window: window)
    let threads = min(lanes, count)
    let ended = DispatchSemaphore(value: 0)
    for _ in 0..<threads {
      Thread {
        while let index = board.take() {
          board.put(index, Result { try task(index) })
        }
        ended.signal()
      }.start()
    }
    defer {
      board.stop()
      for _ in 0..<threads { ended.wait() }
    }
    for index in 0..<count {
      try consume(index, try board.result(index).get())
    }
  }

  /// The state the lanes and the consumer share, under one condition lock.
  private final class Board<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var consumed = 0
    private var stopped = false
    private var results: [Int: Result<T, any Error>] = [:]

    init(count: Int, window: Int) {
      self.count = count
      self.window = window
    }

    /// The next task for a lane, waiting while it would run too far ahead; nil when done.
    func take() -> Int? {
      condition.lock()
      defer { condition.unlock() }
      while !stopped && next < count && next >= consumed + window { condition.wait() }
      guard !stopped, next < count else { return nil }
      next += 1
      return next - 1
    }

    /// Stores a task's result; a failure stops new tasks (every earlier one has started).
    func put(_ index: Int, _ result: Result<T, any Error>) {
      condition.lock()
      results[index] = result
      if case .failure = result { stopped = true }
      condition.broadcast()
      condition.unlock()
    }

    /// Waits for task `index`'s result and takes it.
    func result(_ index: Int) -> Result<T, any Error> {
      condition.lock()
      defer { condition.unlock() }
      while results[index] == nil { condition.wait() }
      consumed = index + 1
      condition.broadcast()
      return results.removeValue(forKey: index)!
    }

    /// Starts no further task.
    func stop() {
      condition.lock()
      stopped = true
      condition.broadcast()
      condition.unlock()
    }
  }
}
