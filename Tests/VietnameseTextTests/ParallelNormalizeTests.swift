import LoaTestSupport
import Testing

@testable import VietnameseText

@Suite("Normalising long texts on several threads")
struct ParallelNormalizeTests {
  /// The corpus and seeded random lines (blank lines and "\r\n" among them), one text.
  static func mixedText() -> String {
    var generator = SeededGenerator(seed: 11)
    var lines = NormalizerFixtures.corpus()
    for _ in 0..<400 {
      lines.append(NormalizerPropertyTests.randomText(&generator))
      if Int.random(in: 0..<8, using: &generator) == 0 { lines.append("") }
    }
    return lines.joined(separator: Bool.random(using: &generator) ? "\n" : "\r\n") + "\n"
  }

  @Test("runs of lines read at once give the one-thread output", arguments: [2, 3, 7])
  func sameAsOneThread(_ parts: Int) {
    let text = Self.mixedText()
    for dialect in Dialect.allCases {
      let normalizer = Normalizer(dialect: dialect)
      let single = normalizer.normalize(text, parts: 1)
      let parallel = normalizer.normalize(text, parts: parts)
      #expect(parallel == single, "\(dialect), \(parts) runs")
      #expect(
        NormalizerPropertyTests.lineCount(parallel) == NormalizerPropertyTests.lineCount(text))
    }
  }

  @Test("a text past the threshold is read in runs, with the same output")
  func publicPath() {
    let block = NormalizerFixtures.corpus().joined(separator: "\n") + "\n"
    let text = String(
      repeating: block, count: 2 * Normalizer.bytesPerRun / block.utf8.count + 2)
    #expect(Normalizer.parts(forBytes: text.utf8.count, threads: 2) == 2)
    #expect(Normalizer.parts(forBytes: text.utf8.count, threads: 1) == 1)
    #expect(Normalizer.parts(forBytes: block.utf8.count, threads: 8) == 1)
    let normalizer = Normalizer()
    #expect(normalizer.normalize(text) == normalizer.normalize(text, threads: 1))
  }

  @Test("runs are whole lines, consecutive, cover the text and carry about equal bytes")
  func runsBalance() {
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<200 {
      let count = Int.random(in: 1...300, using: &generator)
      let separator = Bool.random(using: &generator) ? "\n" : "\r\n"
      let text = (0..<count).map { _ in
        String(repeating: "ă", count: Int.random(in: 0...60, using: &generator))
      }.joined(separator: separator)
      let bytes = Array(text.utf8)
      let parts = Int.random(in: 1...8, using: &generator)
      let runs = bytes.withUnsafeBufferPointer { Normalizer.runs(of: $0, parts: parts) }
      #expect(runs.count <= parts && runs.count >= 1)
      #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == bytes.count)
      // Between two runs: exactly one line end, so the runs' lines are the text's lines.
      for (run, next) in zip(runs, runs.dropFirst()) {
        #expect(Array(bytes[run.upperBound..<next.lowerBound]) == Array(separator.utf8))
      }
      let lines = runs.flatMap { run in
        String(decoding: bytes[run], as: UTF8.self).lines().map(String.init)
      }
      #expect(lines == text.lines().map(String.init))
      let longest = text.lines().map { $0.utf8.count + separator.utf8.count }.max() ?? 0
      // Every run but the last closes at the first line end past its share.
      for run in runs.dropLast() { #expect(run.count <= bytes.count / parts + longest) }
    }
  }
}
