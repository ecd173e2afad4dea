import Foundation
import LoaTestSupport
import Testing
import VietnameseText

/// The normaliser's output on the corpus and on every shipped script, frozen in files under
/// `Tests/Fixtures/normalizer/golden/` (see the README there for updating them on purpose).
@Suite("Golden snapshot of the normaliser")
struct GoldenSnapshotTests {
  /// The operator lexicon the renderer uses (`schedules/lexicon.tsv`).
  static let lexicon: Lexicon = {
    let url = NormalizerFixtures.root.appendingPathComponent("schedules/lexicon.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return Lexicon.parse(text, file: "schedules/lexicon.tsv").0
  }()

  @Test("the corpus, line by line (northern and southern)")
  func corpus() throws {
    let lines = NormalizerFixtures.corpus()
    for (name, dialect) in [("corpus.txt", Dialect.northern), ("corpus-south.txt", .southern)] {
      let normalizer = Normalizer(dialect: dialect)
      let snapshot = GoldenSnapshot(
        name: name, inputs: lines, lines: lines.map { normalizer.normalize($0) })
      if let report = try snapshot.check() { Issue.record(Comment(rawValue: report)) }
    }
  }

  /// A script as the renderer speaks it: one sentence a line, a blank line after a paragraph.
  static func spokenScript(_ path: String) -> [String] {
    let normalizer = Normalizer(dialect: .northern, lexicon: lexicon)
    var lines: [String] = []
    for sentence in normalizer.sentences(NormalizerFixtures.scriptBody(path)) {
      lines.append(sentence.text)
      if sentence.pause == .paragraph { lines.append("") }
    }
    return lines
  }

  @Test(
    "every shipped script, as the renderer speaks it", arguments: NormalizerFixtures.scriptPaths())
  func script(_ path: String) throws {
    let snapshot = GoldenSnapshot(
      name: "scripts/" + path, inputs: [], lines: Self.spokenScript(path))
    if let report = try snapshot.check() { Issue.record(Comment(rawValue: report)) }
  }

  @Test("one snapshot per shipped script, none left over")
  func snapshotsMatchScripts() throws {
    let scripts = NormalizerFixtures.scriptPaths()
    #expect(!scripts.isEmpty)
    let folder = GoldenSnapshot.folder.appendingPathComponent("scripts").path
    let stored =
      (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(stored == scripts)
  }

  @Test("a difference report names the line, the written input, old and new")
  func reportFormat() {
    let report = GoldenSnapshot.report(
      name: "x.txt", inputs: ["Gọi 113", "Số 5"], expected: ["gọi một một ba", "số năm"],
      actual: ["gọi một một ba", "số sáu"])
    #expect(
      report == """
        x.txt:2
          written: Số 5
          - số năm
          + số sáu
        If the change is deliberate: LOA_UPDATE_GOLDEN=1 swift test --filter Golden
        """)
    #expect(GoldenSnapshot.report(name: "x", inputs: [], expected: ["a"], actual: ["a"]) == nil)
  }
}
