import Foundation
import Synchronization
import Testing

@testable import LoaStudio

/// Tasks on several threads, results handed back in task order.
@Suite struct OrderedLanesTests {
  struct Failure: Error, Equatable {
    let index: Int
  }

  @Test(
    "Results arrive in task order whatever order the tasks finish in",
    arguments: [1, 2, 3, 8])
  func order(lanes: Int) throws {
    var seen: [Int] = []
    try OrderedLanes(lanes: lanes).run(40) { index in
      // Later tasks finish first within each window.
      usleep(UInt32((40 - index) % 7) * 300)
      return index * index
    } consume: { index, value in
      #expect(value == index * index)
      seen.append(index)
    }
    #expect(seen == Array(0..<40))
  }

  @Test("Never more than the window runs ahead of the task being consumed")
  func window() throws {
    let running = Mutex((now: 0, most: 0))
    let consumed = Atomic<Int>(0)
    let ahead = Atomic<Int>(0)
    try OrderedLanes(lanes: 3, window: 4).run(30) { index in
      let distance = index - consumed.load(ordering: .sequentiallyConsistent)
      ahead.store(
        max(ahead.load(ordering: .sequentiallyConsistent), distance),
        ordering: .sequentiallyConsistent)
      running.withLock {
        $0.now += 1
        $0.most = max($0.most, $0.now)
      }
      usleep(200)
      running.withLock { $0.now -= 1 }
      return index
    } consume: { index, _ in
      consumed.store(index + 1, ordering: .sequentiallyConsistent)
    }
    #expect(running.withLock { $0.most } <= 3)
    // Measured from inside the task against the last consumed index the test saw, which may lag
    // the board by one consumption: at most the window, never more.
    #expect(ahead.load(ordering: .sequentiallyConsistent) <= 4)
  }

  @Test("A failure is thrown after every earlier result was consumed; no later task starts")
  func failure() {
    var seen: [Int] = []
    let started = Mutex<Set<Int>>([])
    #expect(throws: Failure(index: 5)) {
      try OrderedLanes(lanes: 2).run(50) { index in
        started.withLock { _ = $0.insert(index) }
        if index == 5 || index == 7 { throw Failure(index: index) }
        usleep(100)
        return index
      } consume: { index, _ in
        seen.append(index)
      }
    }
    #expect(seen == [0, 1, 2, 3, 4])
    // Two lanes, a window of four: nothing far past the failure was started.
    #expect(started.withLock { $0.max() ?? 0 } < 5 + 4 + 1)
  }

  @Test("An error from consume stops the lanes and is thrown")
  func consumeFails() {
    #expect(throws: Failure(index: 2)) {
      try OrderedLanes(lanes: 2).run(100) {
        $0
      } consume: { index, _ in
        if index == 2 { throw Failure(index: 2) }
      }
    }
  }
}
