import BroadcastPlan
import Foundation
import Testing
import VietnameseText

/// What the station ships must be true and honest (issue 13): no approver the commune has not
/// named, only figures from the verified facts sheet, nothing from its "do not say" list, and a
/// spoken form that names each issuer once per sentence.
///
/// The fixtures under `Tests/Fixtures/content/` list the allowed figures and the banned phrases,
/// each with the line of `facts.md` it comes from. `docs/vi-du/` holds samples, not shipped text.
@Suite("Shipped content")
struct ShippedContentTests {
  /// One spoken text: a script's title and body, or a frame text of the schedule.
  struct Text: Sendable, CustomTestStringConvertible {
    /// `scripts/luat-ai/01-….txt`, or `schedules/hai-hung.yaml (opening)`.
    let label: String
    /// What is read aloud (the title first).
    let spoken: String
    var testDescription: String { label }
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let schedule = "schedules/hai-hung.yaml"

  /// Every `scripts/**/*.txt`, relative to the package root, sorted.
  static let scriptFiles: [String] = {
    let folder = root.appendingPathComponent("scripts")
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    var files: [String] = []
    while let url = walker?.nextObject() as? URL {
      guard url.pathExtension == "txt" else { continue }
      files.append(
        String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
    }
    return files.sorted()
  }()

  static func read(_ relative: String) -> String {
    (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
  }

  /// Every shipped script's title and body, then the schedule's opening and closing.
  static let texts: [Text] = {
    var texts = scriptFiles.compactMap { file -> Text? in
      guard let script = ScriptParser(path: file, file: file).parse(read(file)).script else {
        return nil
      }
      return Text(label: file, spoken: ([script.title] + script.paragraphs).joined(separator: "\n"))
    }
    if let schedule = try? ScheduleLoader().load(
      path: root.appendingPathComponent(Self.schedule).path
    )
    .schedule {
      // Placeholders are filled in at air time; what is around them is fixed text.
      let frame = { (text: String) in
        text.replacingOccurrences(of: #"\{[a-z]+\}"#, with: "", options: .regularExpression)
      }
      texts.append(Text(label: "\(Self.schedule) (opening)", spoken: frame(schedule.opening)))
      texts.append(Text(label: "\(Self.schedule) (closing)", spoken: frame(schedule.closing)))
    }
    return texts
  }()

  /// The first field of each non-comment line of a fixture under `Tests/Fixtures/content/`.
  static func fixture(_ name: String) -> [String] {
    read("Tests/Fixtures/content/\(name)").split(separator: "\n").compactMap { line in
      let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        .trimmingCharacters(in: .whitespaces)
      return line.hasPrefix("#") || entry.isEmpty ? nil : entry
    }
  }

  static let allowedFigures = Set(fixture("allowed-figures.txt"))
  static let bannedPhrases = fixture("do-not-say.txt")

  /// Written figures in `text`: whitespace-separated words with a digit, outer punctuation and
  /// ranges (`13–14`) split off.
  static func figures(in text: String) -> [String] {
    text.split(whereSeparator: \.isWhitespace).flatMap { word in
      word.split(separator: "–").map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?()\"'“”…"))
      }
    }.filter { $0.contains(where: \.isNumber) }
  }

  @Test("the shipped scripts, the sample and the fixtures are where the test expects them")
  func inventory() {
    #expect(Self.scriptFiles.count == 15)
    #expect(Self.texts.count == 17)
    #expect(!Self.scriptFiles.contains { $0.contains("hop-thon") })
    #expect(!Self.read("docs/vi-du/mau-hop-thon-thang-12.txt").isEmpty)
    #expect(Self.allowedFigures.count >= 25)
    #expect(Self.bannedPhrases.contains("canhbao.khonggianmang.gov.vn"))
  }

  @Test(
    "the checks catch what they are for",
    arguments: [
      (
        "a fine and a decree", "Phạt tiền 50 triệu đồng theo Nghị định 13/2023.",
        ["50", "13/2023"],
        ["Nghị định", "phạt tiền"]
      ),
      (
        "four levels, old ministry", "Bộ Thông tin và Truyền thông nói luật có bốn mức rủi ro.", [],
        ["Bộ Thông tin và Truyền thông", "Thông tin và Truyền thông", "bốn mức"]
      ),
      ("verified figures only", "Gọi 113, hoặc 156; Điều 13–14; số 134/2025/QH15.", [], []),
    ] as [(String, String, [String], [String])])
  func selfCheck(label: String, text: String, unknown: [String], banned: [String]) {
    let figures = Self.figures(in: text).filter { !Self.allowedFigures.contains($0) }
    #expect(figures == unknown, "\(label)")
    let spoken = text.lowercased()
    #expect(Self.bannedPhrases.filter { spoken.contains($0.lowercased()) } == banned, "\(label)")
  }

  @Test("no shipped file names an approver", arguments: [schedule] + scriptFiles)
  func noApprover(_ file: String) {
    let lines = Self.read(file).split(separator: "\n", omittingEmptySubsequences: false)
    let named = lines.enumerated().filter {
      $0.element.trimmingCharacters(in: .whitespaces).hasPrefix("approved_by")
    }
    #expect(named.isEmpty, "\(file):\(named.map { $0.offset + 1 }): approved_by")
  }

  @Test("every figure said is in the facts sheet", arguments: texts)
  func figures(_ text: Text) {
    let unknown = Self.figures(in: text.spoken).filter { !Self.allowedFigures.contains($0) }
    #expect(unknown.isEmpty, "\(text.label): \(unknown) not in allowed-figures.txt")
  }

  @Test("nothing from the facts sheet's do-not-say list", arguments: texts)
  func doNotSay(_ text: Text) {
    let spoken = text.spoken.precomposedStringWithCanonicalMapping.lowercased()
    let found = Self.bannedPhrases.filter {
      spoken.contains($0.precomposedStringWithCanonicalMapping.lowercased())
    }
    #expect(found.isEmpty, "\(text.label): \(found)")
  }

  /// Issuers the normaliser may add when it reads a document number (`… /QĐ-TTg` → "của thủ
  /// tướng chính phủ", `/QH15` → "quốc hội khóa mười lăm").
  static let issuers = ["chính phủ", "quốc hội khóa", "ủy ban nhân dân", "bộ công an"]

  @Test(
    "the spoken form names an issuer at most once per sentence",
    // Failed on luat-ai/01 ("quốc hội khóa" twice) and luat-ai/07 ("chính phủ" twice) before
    // the normaliser stopped repeating an issuer the sentence had named.
    arguments: texts)
  func issuerOnce(_ text: Text) {
    for sentence in Normalizer().sentences(text.spoken) {
      let spoken = sentence.text.lowercased()
      for issuer in Self.issuers {
        let count = spoken.components(separatedBy: issuer).count - 1
        #expect(count <= 1, "\(text.label): '\(issuer)' \(count) times in: \(sentence.text)")
      }
    }
  }
}
