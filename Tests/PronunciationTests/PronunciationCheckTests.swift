import BroadcastPlan
import Foundation
import LoaStudio
import LoaTestSupport
import Testing
import VietnameseText

/// `loa check`'s pronunciation pass: each warning at the word's line and column, with its
/// lexicon suggestion; espeak-ng is asked through the one engine of the process.
@Suite("Pronunciation check", .serialized)
struct PronunciationCheckTests {
  struct ScriptCase: CustomTestStringConvertible, Sendable {
    let label: String
    let body: String
    let lexicon: String
    let expected: [String]
    var testDescription: String { label }
  }

  static let suggest = "; gợi ý thêm vào từ điển phát âm: "

  static let cases: [ScriptCase] = [
    ScriptCase(
      label: "English brand name respelled by guess",
      body: "Bà con đừng cài ứng dụng lạ.\nTải “Bluesky” từ kho chính thức.", lexicon: "",
      expected: [
        "a.txt:5:6: cảnh báo: từ nước ngoài 'Bluesky' được đoán đọc là 'Bơ luết ky'" + suggest
          + "Bluesky\tBơ luết ky"
      ]),
    ScriptCase(
      label: "unknown acronym spelled letter by letter",
      body: "Đối tượng tự xưng là nhân viên XKCD.", lexicon: "",
      expected: [
        "a.txt:4:32: cảnh báo: chữ viết tắt 'XKCD' không có trong bảng, sẽ đánh vần: "
          + "'ích ca xê dê'" + suggest + "XKCD\tích ca xê dê"
      ]),
    ScriptCase(
      label: "mixed line: table words pass, guesses and acronyms warn",
      body: "Trên Zalo, Bluesky — FBI và Shopee.", lexicon: "",
      expected: [
        "a.txt:4:12: cảnh báo: từ nước ngoài 'Bluesky' được đoán đọc là 'Bơ luết ky'" + suggest
          + "Bluesky\tBơ luết ky",
        "a.txt:4:22: cảnh báo: chữ viết tắt 'FBI' không có trong bảng, sẽ đánh vần: 'ép bê i'"
          + suggest + "FBI\tép bê i",
      ]),
    ScriptCase(
      label: "a lexicon entry espeak-ng reads in English",
      body: "Hãy báo cho Công an xã qua Fb nhé.", lexicon: "Fb\tMeta\n",
      expected: [
        "a.txt:4:28: cảnh báo: espeak-ng sẽ đọc 'Fb' (nói là 'Meta') bằng giọng tiếng nước "
          + "ngoài" + suggest + "Fb\tép bê"
      ]),
    ScriptCase(
      label: "the lexicon answers a guess",
      body: "Tải Bluesky về máy.", lexicon: "Bluesky\tBơ lu sờ cai\n", expected: []),
    ScriptCase(
      label: "all Vietnamese", body: "Kính thưa bà con nhân dân!\n\nHôm nay trời nắng đẹp.",
      lexicon: "", expected: []),
  ]

  static func station(body: String, lexicon: String, opening: String = "Xin chào bà con.")
    throws -> TemporaryFolder
  {
    let folder = try TemporaryFolder("loa-pron")
    let yaml = """
      station: Đài thử
      opening: "\(opening)"
      slots:
        - { id: sang, name: Bản tin sáng, at: "06:00", days: daily, length: 15m }
      campaigns:
        - { id: c, title: Thử, scripts: [a.txt], from: 2026-01-01, until: 2027-12-31 }
      """
    try yaml.write(to: folder.file("schedule.yaml"), atomically: true, encoding: .utf8)
    try ("---\ntitle: Thử\n---\n" + body).write(
      to: folder.file("a.txt"), atomically: true, encoding: .utf8)
    try lexicon.write(to: folder.file("lexicon.tsv"), atomically: true, encoding: .utf8)
    return folder
  }

  static func warnings(in folder: TemporaryFolder) throws -> [String] {
    let studio = Studio(
      schedulePath: folder.file("schedule.yaml").path, outputDirectory: folder.file("out"))
    let workspace = try studio.load(today: nil, pronunciation: true)
    let prefix = folder.url.path + "/"
    return workspace.diagnostics.filter(PronunciationFinding.isPronunciation).map {
      $0.description.replacingOccurrences(of: prefix, with: "")
    }
  }

  @Test("script warnings: exact line, column and suggestion", arguments: cases)
  func script(_ testCase: ScriptCase) throws {
    let folder = try Self.station(body: testCase.body, lexicon: testCase.lexicon)
    defer { folder.remove() }
    #expect(try Self.warnings(in: folder) == testCase.expected)
  }

  @Test("the schedule's opening is checked at its column in the YAML file")
  func opening() throws {
    let folder = try Self.station(
      body: "Hôm nay trời đẹp.", lexicon: "", opening: "Hôm nay {weekday}, mời nghe Bluesky.")
    defer { folder.remove() }
    #expect(
      try Self.warnings(in: folder) == [
        "schedule.yaml:2:39: cảnh báo: từ nước ngoài 'Bluesky' được đoán đọc là 'Bơ luết ky'"
          + Self.suggest + "Bluesky\tBơ luết ky"
      ])
  }

  @Test("--fix-lexicon appends commented suggestions once, and the file still parses")
  func fixLexicon() throws {
    let folder = try Self.station(
      body: "Cài Bluesky, gọi XKCD.", lexicon: "Shopee\tSốp pi\n# XKCD\tích ca xê đê")
    defer { folder.remove() }
    let studio = Studio(
      schedulePath: folder.file("schedule.yaml").path, outputDirectory: folder.file("out"))
    let workspace = try studio.load(today: nil)
    let findings = PronunciationCheck(lexicon: workspace.lexicon).findings(for: workspace.loaded)
    let fix = LexiconFix(path: studio.lexiconPath)
    #expect(try fix.append(findings.map(\.lexiconLine)) == ["# Bluesky\tBơ luết ky"])
    #expect(try fix.append(findings.map(\.lexiconLine)) == [])
    let text = try String(contentsOf: folder.file("lexicon.tsv"), encoding: .utf8)
    #expect(text == "Shopee\tSốp pi\n# XKCD\tích ca xê đê\n# Bluesky\tBơ luết ky\n")
    let (lexicon, issues) = Lexicon.parse(text, file: "lexicon.tsv")
    #expect(issues.isEmpty)
    #expect(lexicon.entries.count == 1)
    #expect(folder.contents().sorted() == ["a.txt", "lexicon.tsv", "schedule.yaml"])
  }

  @Test("the shipped schedule has no pronunciation warning")
  func shipped() throws {
    let root = NormalizerFixtures.root
    let studio = Studio(
      schedulePath: root.appendingPathComponent("schedules/hai-hung.yaml").path,
      outputDirectory: root.appendingPathComponent("out"))
    let workspace = try studio.load(today: nil, pronunciation: true)
    #expect(workspace.diagnostics.filter(PronunciationFinding.isPronunciation).isEmpty)
  }
}
