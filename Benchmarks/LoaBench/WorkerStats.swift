import Foundation

/// The peak memory figures `loa` writes when `LOA_WORKER_STATS` names a file: one
/// `parent BYTES` line per run and one `worker BYTES` line per synthesis worker.
struct WorkerStats {
  /// Peak RSS of each parent run, MiB.
  var parents: [Double] = []
  /// Peak RSS of each worker, MiB.
  var workers: [Double] = []

  /// Reads the file (empty figures when it is missing).
  static func read(_ url: URL) -> WorkerStats {
    var stats = WorkerStats()
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count == 2, let bytes = Double(fields[1]) else { continue }
      if fields[0] == "parent" { stats.parents.append(bytes / 1_048_576) }
      if fields[0] == "worker" { stats.workers.append(bytes / 1_048_576) }
    }
    return stats
  }

  /// "peak RSS parent 12.3 MiB, workers 20.1 / 20.4 MiB (target ≤ 40 MiB each)".
  var summary: String {
    let parent = parents.max().map { String(format: "%.1f", $0) } ?? "?"
    let each = workers.map { String(format: "%.1f", $0) }.joined(separator: " / ")
    return
      "peak RSS parent \(parent) MiB, \(workers.count) workers \(each.isEmpty ? "-" : each) MiB"
      + " (target ≤ 40 MiB each)"
  }
}
