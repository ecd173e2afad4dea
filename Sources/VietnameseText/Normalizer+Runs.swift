extension Normalizer {
  /// UTF-8 bytes of text one thread reads at least: below it another thread costs more than
  /// it saves (starting it, and a word memo of its own that starts empty).
  static let bytesPerRun = 256 * 1024

  /// How many runs of lines a text of `count` bytes is read in: one per thread, at most one
  /// per ``bytesPerRun`` bytes.
  static func parts(forBytes count: Int, threads: Int) -> Int {
    min(max(1, threads), max(1, count / bytesPerRun))
  }

  /// The UTF-8 text `bytes` cut at line ends into at most `parts` consecutive runs of whole
  /// lines, of about equal bytes: byte ranges, each without the line end ("\n" or "\r\n") that
  /// separates it from the next.
  ///
  /// Each cut is the first line feed at or after its share of the bytes, so the split is one
  /// pass over the few bytes near each cut, not over every line: each thread finds the lines
  /// of its own run.
  static func runs(of bytes: UnsafeBufferPointer<UInt8>, parts: Int) -> [Range<Int>] {
    let count = bytes.count
    var runs: [Range<Int>] = []
    var start = 0
    for part in 1..<max(1, parts) {
      var cut = max(start, count / parts * part)
      while cut < count, bytes[cut] != 0x0A { cut += 1 }
      guard cut < count else { break }
      // A carriage return before the line feed ends the line too (``String/lines()``).
      let end = cut > start && bytes[cut - 1] == 0x0D ? cut - 1 : cut
      runs.append(start..<end)
      start = cut + 1
    }
    runs.append(start..<count)
    return runs
  }
}
