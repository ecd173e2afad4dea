import Foundation

/// The spoken bytes of consecutive runs of lines read on several threads at once, each run
/// stored in its own slot and joined in order when all are done (``Normalizer/normalize(_:)``).
final class SpokenRuns: @unchecked Sendable {
  /// Slot `n` holds run `n`; each slot is written by one thread only, under `lock`.
  private var runs: [[UInt8]]
  private let lock = NSLock()

  /// Room for `count` runs.
  init(count: Int) {
    runs = Array(repeating: [], count: count)
  }

  /// Keeps `bytes` as run number `run`.
  func store(_ bytes: [UInt8], at run: Int) {
    lock.withLock { runs[run] = bytes }
  }

  /// The runs in order, one line feed between two runs.
  func joined() -> [UInt8] {
    lock.withLock {
      var output: [UInt8] = []
      output.reserveCapacity(runs.reduce(runs.count) { $0 + $1.count })
      for (index, run) in runs.enumerated() {
        if index > 0 { output.append(0x0A) }
        output.append(contentsOf: run)
      }
      return output
    }
  }
}
