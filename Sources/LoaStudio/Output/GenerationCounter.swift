import Synchronization

/// A process-wide counter that makes generation names unique within one process.
enum GenerationCounter {
  private static let value = Mutex(0)

  /// The next number.
  static func next() -> Int {
    value.withLock {
      $0 += 1
      return $0
    }
  }
}
