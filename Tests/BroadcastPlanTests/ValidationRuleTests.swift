import Foundation
import BroadcastPlan
import Testing

/// One test per validation rule of issue 4, each asserting the exact position.
@Suite("Validation rules")
struct ValidationRuleTests {
  static let header = """
    station: Đài Hải Hưng
    slots:
      - { id: sang, name: Sáng, at: "06:00", days: daily, length: 15m }
      - { id: chieu, name: Chiều, at: "17:00", days: [t2, t4, t6], length: 10m }

    """

  static let campaign = """
    campaigns:
      - id: luat-ai
        title: Luật AI
        scripts: a.txt
        from: 2026-06-01
        until: 2026-12-31
        per_day: 2
        slots: [sang, chieu]
        priority: normal

    """

  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let yaml: String
    let line: Int
    let column: Int
    let message: String
    var severity: Diagnostic.Severity = .error
    var testDescription: String { label }
  }

  static let cases: [Case] = [
    Case(
      label: "YAML syntax", yaml: "station: Đài\nslots: [ { id: sang\n", line: 3, column: 1,
      message: "lỗi cú pháp YAML"),
    Case(
      label: "unknown key with a hint", yaml: header + "slot: []\n", line: 5, column: 1,
      message: "khoá không rõ 'slot' trong lịch phát; có phải ý bạn là 'slots'?"),
    Case(
      label: "unknown key in a campaign",
      yaml: header + campaign.replacingOccurrences(of: "    per_day: 2", with: "    perday: 2"),
      line: 11, column: 5,
      message: "khoá không rõ 'perday' trong chiến dịch; có phải ý bạn là 'per_day'?"),
    Case(
      label: "wrong type", yaml: header + "voice: { name: vi, rate: nhanh }\n", line: 5,
      column: 26, message: "'rate' phải là một số nguyên, không phải 'nhanh'"),
    Case(
      label: "missing required key", yaml: "station: Đài\n", line: 1, column: 1,
      message: "lịch phát thiếu khoá bắt buộc 'slots'"),
    Case(
      label: "bad time 25:00",
      yaml: header.replacingOccurrences(of: "\"06:00\"", with: "\"25:00\""), line: 3, column: 33,
      message: "giờ không hợp lệ '25:00' ở 'at' (cần dạng HH:MM, từ 00:00 đến 23:59)"),
    Case(
      label: "bad duration 10 phút",
      yaml: header.replacingOccurrences(of: "length: 10m", with: "length: 10 phút"), line: 4,
      column: 72, message: "thời lượng không hợp lệ '10 phút' ở 'length'"),
    Case(
      label: "bad date 2026-13-01",
      yaml: header
        + campaign.replacingOccurrences(of: "until: 2026-12-31", with: "until: 2026-13-01"),
      line: 10, column: 12, message: "ngày không hợp lệ '2026-13-01' ở 'until'"),
    Case(
      label: "bad day t8", yaml: header.replacingOccurrences(of: "t6]", with: "t8]"), line: 4,
      column: 59, message: "ngày trong tuần không hợp lệ 't8'"),
    Case(
      label: "bad priority",
      yaml: header
        + campaign.replacingOccurrences(of: "priority: normal", with: "priority: urgent"),
      line: 13, column: 15,
      message: "mức ưu tiên không hợp lệ 'urgent' (chỉ có normal, priority, emergency)"),
    Case(
      label: "duplicate slot id",
      yaml: header.replacingOccurrences(of: "id: chieu", with: "id: sang "), line: 4, column: 11,
      message: "mã khung giờ 'sang' bị trùng (đã có ở dòng 3)"),
    Case(
      label: "duplicate campaign id",
      yaml: header + campaign + campaign.replacingOccurrences(of: "campaigns:\n", with: ""),
      line: 14, column: 9, message: "mã chiến dịch 'luat-ai' bị trùng (đã có ở dòng 6)"),
    Case(
      label: "unknown key in a slot",
      yaml: header.replacingOccurrences(of: "length: 15m", with: "lenght: 15m"), line: 3,
      column: 55,
      message: "khoá không rõ 'lenght' trong khung giờ; có phải ý bạn là 'length'?"),
    Case(
      label: "unknown slot reference",
      yaml: header + campaign.replacingOccurrences(of: "[sang, chieu]", with: "[sang, toi]"),
      line: 12, column: 19, message: "không có khung giờ 'toi'"),
    Case(
      label: "slot reference typo gets a hint",
      yaml: header + campaign.replacingOccurrences(of: "[sang, chieu]", with: "[sang, chiu]"),
      line: 12, column: 19, message: "không có khung giờ 'chiu'; có phải ý bạn là 'chieu'?"),
    Case(
      label: "from after until",
      yaml: header
        + campaign.replacingOccurrences(of: "until: 2026-12-31", with: "until: 2026-05-01"),
      line: 10, column: 12,
      message: "chiến dịch 'luat-ai': ngày kết thúc 2026-05-01 trước ngày bắt đầu 2026-06-01"),
    Case(
      label: "overlapping slots",
      yaml: header.replacingOccurrences(of: "\"17:00\"", with: "\"06:10\""), line: 4, column: 35,
      message: "khung giờ 'chieu' (06:10–06:20) trùng thời gian với 'sang' (06:00–06:15)"),
    Case(
      label: "announcement on an off day",
      yaml: header
        + "announcements:\n  - { date: 2027-02-16, slot: sang, script: a.txt }\noff_days: [2027-02-16]\n",
      line: 6, column: 13, message: "thông báo rơi vào ngày nghỉ 16/02/2027"),
    Case(
      label: "announcement on a day without that slot",
      yaml: header + "announcements:\n  - { date: 2026-12-05, slot: chieu, script: a.txt }\n",
      line: 6, column: 13, message: "khung giờ 'chieu' không phát vào thứ Bảy 05/12/2026"),
    Case(
      label: "off-day range backwards",
      yaml: header + "off_days: [{ from: 2027-02-20, until: 2027-02-14 }]\n", line: 5, column: 39,
      message: "ngày kết thúc 2027-02-14 trước ngày bắt đầu 2027-02-20"),
  ]

  @Test("each rule points at the exact line and column", arguments: cases)
  func rule(_ testCase: Case) {
    let diagnostics = Fixtures.diagnose(
      testCase.yaml, scripts: [Fixtures.script("a.txt", words: 40)],
      campaignScripts: ["luat-ai": ["a.txt"]])
    let match = diagnostics.first { $0.message.contains(testCase.message) }
    #expect(match != nil, "no '\(testCase.message)' in \(diagnostics.map(\.description))")
    #expect(match?.line == testCase.line)
    #expect(match?.column == testCase.column)
    #expect(match?.severity == testCase.severity)
    #expect(match?.file == "s.yaml")
  }

  @Test("a valid schedule has no diagnostics")
  func valid() {
    let diagnostics = Fixtures.diagnose(
      Self.header + Self.campaign,
      scripts: [Fixtures.script("a.txt", words: 40), Fixtures.script("b.txt", words: 40)],
      campaignScripts: ["luat-ai": ["a.txt", "b.txt"]])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
  }

  @Test("all problems are reported at once, sorted by position")
  func allAtOnce() {
    let yaml =
      Self.header.replacingOccurrences(of: "\"06:00\"", with: "\"25:00\"")
      .replacingOccurrences(of: "length: 10m", with: "length: 10 phút") + "slot: []\n"
    let diagnostics = Fixtures.diagnose(yaml)
    #expect(diagnostics.map(\.line) == [3, 4, 5])
    #expect(diagnostics.first?.description.hasPrefix("s.yaml:3:33: lỗi: giờ không hợp lệ") == true)
  }

  @Test("a script longer than every slot it can air in points at the script")
  func scriptTooLong() {
    let long = Fixtures.script("dai.txt", words: 4000)
    let diagnostics = Fixtures.diagnose(
      Self.header + Self.campaign, scripts: [long, Fixtures.script("a.txt", words: 40)],
      campaignScripts: ["luat-ai": ["a.txt", "dai.txt"]])
    let match = diagnostics.first { $0.message.contains("vượt mọi khung giờ có thể phát") }
    #expect(match?.file == "dai.txt")
    #expect(match.map { "\($0.line):\($0.column)" } == "1:1")
  }

  @Test("per_day more than the slots can hold")
  func perDayTooMany() {
    let yaml =
      Self.header + Self.campaign.replacingOccurrences(of: "per_day: 2", with: "per_day: 30")
    let scripts = (1...30).map { Fixtures.script("s\($0).txt", words: 300) }
    let diagnostics = Fixtures.diagnose(
      yaml, scripts: scripts, campaignScripts: ["luat-ai": scripts.map(\.path)])
    let match = diagnostics.first { $0.message.hasPrefix("per_day = 30 nhưng") }
    #expect(match.map { "\($0.line):\($0.column)" } == "11:14", "\(diagnostics)")
  }

  @Test("a campaign that ends within 7 days is a warning at its 'until'")
  func endsSoon() {
    let diagnostics = Fixtures.diagnose(
      Self.header + Self.campaign, scripts: [Fixtures.script("a.txt", words: 40)],
      campaignScripts: ["luat-ai": ["a.txt"]], today: Fixtures.day("2026-12-28"))
    let match = diagnostics.first { $0.message.contains("kết thúc sau 3 ngày") }
    #expect(match?.severity == .warning)
    #expect(match.map { "\($0.line):\($0.column)" } == "10:12")
    #expect(!diagnostics.hasErrors)
  }

  @Test("a script whose validity misses its campaign is a warning")
  func unreachable() {
    var script = Fixtures.script("a.txt", words: 40)
    script.validity = Fixtures.day("2025-01-01")...Fixtures.day("2025-02-01")
    let diagnostics = Fixtures.diagnose(
      Self.header + Self.campaign, scripts: [script], campaignScripts: ["luat-ai": ["a.txt"]])
    let match = diagnostics.first { $0.message.hasPrefix("kịch bản không bao giờ được phát") }
    #expect(match?.severity == .warning)
    #expect(match?.file == "a.txt")
  }

  @Test("require_approval: scripts without approved_by are errors at the script")
  func approval() {
    let yaml = Self.header + "require_approval: true\n" + Self.campaign
    let diagnostics = Fixtures.diagnose(
      yaml, scripts: [Fixtures.script("a.txt", words: 40, approvedBy: nil)],
      campaignScripts: ["luat-ai": ["a.txt"]])
    let match = diagnostics.first { $0.message.contains("chưa có người duyệt") }
    #expect(match.map { "\($0.file):\($0.line):\($0.column)" } == "a.txt:1:1")
  }
}

extension ValidationRuleTests {
  @Test("a slot nothing can use is a warning at its id")
  func unusedSlot() {
    let yaml = Self.header + Self.campaign.replacingOccurrences(of: "[sang, chieu]", with: "[sang]")
    let diagnostics = Fixtures.diagnose(
      yaml, scripts: [Fixtures.script("a.txt", words: 40), Fixtures.script("b.txt", words: 40)],
      campaignScripts: ["luat-ai": ["a.txt", "b.txt"]])
    let match = diagnostics.first { $0.message.hasPrefix("khung giờ 'chieu' không có chiến dịch") }
    #expect(match?.severity == .warning)
    #expect(match.map { "\($0.line):\($0.column)" } == "4:11")
  }

  @Test("a missing intro file points at its value")
  func missingIntro() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("loa-intro-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("s.yaml")
    let yaml = Self.header + "audio: { intro: nhac-hieu.wav }\n"
    try yaml.write(to: file, atomically: true, encoding: .utf8)
    let diagnostics = try ScheduleLoader().load(path: file.path).check(today: nil)
    let match = diagnostics.first { $0.message == "không tìm thấy tệp âm thanh 'nhac-hieu.wav'" }
    #expect(match.map { "\($0.line):\($0.column)" } == "5:17")
  }
}

extension ValidationRuleTests {
  @Test("a campaign whose days are all off days or without its slots is a warning at its id")
  func campaignNeverAirs() {
    let yaml =
      Self.header
      + Self.campaign.replacingOccurrences(of: "[sang, chieu]", with: "[chieu]")
      .replacingOccurrences(of: "from: 2026-06-01", with: "from: 2026-12-05")
      .replacingOccurrences(of: "until: 2026-12-31", with: "until: 2026-12-06")
    let diagnostics = Fixtures.diagnose(
      yaml, scripts: [Fixtures.script("a.txt", words: 40)], campaignScripts: ["luat-ai": ["a.txt"]])
    let match = diagnostics.first {
      $0.message.hasPrefix("chiến dịch 'luat-ai' không có buổi phát")
    }
    #expect(match?.severity == .warning)
    #expect(match.map { "\($0.line):\($0.column)" } == "6:9")
  }
}
