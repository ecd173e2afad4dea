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

  @Test("runs are consecutive, non-empty, cover every line and carry about equal bytes")
  func runsBalance() {
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<200 {
      let count = Int.random(in: 1...300, using: &generator)
      let text = (0..<count).map { _ in
        String(repeating: "ă", count: Int.random(in: 0...60, using: &generator))
      }.joined(separator: "\n")
      let lines = text.lines()
      let parts = Int.random(in: 1...8, using: &generator)
      let runs = Normalizer.runs(of: lines, parts: parts)
      #expect(runs.count <= parts && runs.count >= 1)
      #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == lines.count)
      #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
      #expect(runs.allSatisfy { !$0.isEmpty })
      let bytes = runs.map { run in run.reduce(0) { $0 + lines[$1].utf8.count + 1 } }
      let total = bytes.reduce(0, +)
      let longest = lines.map { $0.utf8.count + 1 }.max() ?? 0
      // Every run but the last closes on the first line that reaches its share.
      for size in bytes.dropLast() { #expect(size <= (total + parts - 1) / parts + longest) }
    }
  }
}
