import Foundation

/// The spoken text of consecutive runs of lines read on several threads at once, each run
/// stored in its own slot and joined in order when all are done (``Normalizer/normalize(_:)``).
final class SpokenRuns: @unchecked Sendable {
  /// Slot `n` holds run `n`; each slot is written by one thread only, under `lock`.
  private var runs: [String]
  private let lock = NSLock()

  /// Room for `count` runs.
  init(count: Int) {
    runs = Array(repeating: "", count: count)
  }

  /// Keeps `text` as run number `run`.
  func store(_ text: String, at run: Int) {
    lock.withLock { runs[run] = text }
  }

  /// The runs in order, one line feed between two runs: a copy of each, with no second UTF-8
  /// check.
  func joined() -> String {
    lock.withLock {
      var output = ""
      output.reserveCapacity(runs.reduce(runs.count) { $0 + $1.utf8.count })
      for (index, run) in runs.enumerated() {
        if index > 0 { output.append("\n") }
        output.append(run)
      }
      return output
    }
  }
}
