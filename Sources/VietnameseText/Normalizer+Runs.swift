extension Normalizer {
  /// UTF-8 bytes of text one thread reads at least: below it another thread costs more than
  /// it saves (starting it, and a word memo of its own that starts empty).
  static let bytesPerRun = 256 * 1024

  /// How many runs of lines a text of `count` bytes is read in: one per thread, at most one
  /// per ``bytesPerRun`` bytes.
  static func parts(forBytes count: Int, threads: Int) -> Int {
    min(max(1, threads), max(1, count / bytesPerRun))
  }

  /// `lines` cut into at most `parts` consecutive, non-empty runs of about equal bytes.
  static func runs(of lines: [Substring], parts: Int) -> [Range<Int>] {
    guard parts > 1, lines.count > 1 else { return [0..<lines.count] }
    let total = lines.reduce(0) { $0 + $1.utf8.count + 1 }
    var runs: [Range<Int>] = []
    var start = 0
    var bytes = 0
    for index in 0..<lines.count - 1 {
      bytes += lines[index].utf8.count + 1
      if runs.count < parts - 1, bytes * parts >= total * (runs.count + 1) {
        runs.append(start..<index + 1)
        start = index + 1
      }
    }
    runs.append(start..<lines.count)
    return runs
  }
}
