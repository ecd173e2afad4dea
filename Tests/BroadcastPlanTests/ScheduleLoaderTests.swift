import BroadcastPlan
import Testing

@Suite("Loading schedules and scripts from files")
struct ScheduleLoaderTests {
  @Test("the mini fixture loads without problems; folders expand in name order")
  func loadsMini() throws {
    let loaded = try Fixtures.load("hai-hung-mini/schedule.yaml")
    #expect(loaded.check(today: Fixtures.day("2026-12-01")).isEmpty)
    #expect(
      loaded.scripts.campaignScripts["luat-ai"] == [
        "scripts/luat-ai/01-hieu-luc.txt", "scripts/luat-ai/02-ba-muc-rui-ro.txt",
        "scripts/luat-ai/03-gan-nhan.txt",
      ])
    let first = try #require(loaded.scripts.scripts["scripts/luat-ai/01-hieu-luc.txt"])
    #expect(first.title == "Luật Trí tuệ nhân tạo có hiệu lực từ ngày 01/3/2026")
    #expect(first.approvedBy == "Nguyễn Văn A")
    #expect(first.paragraphs.count == 2)
    #expect(first.recording == nil)
  }

  struct Expected: Sendable, CustomTestStringConvertible {
    let label: String
    let fileSuffix: String
    let line: Int
    let column: Int
    let message: String
    var testDescription: String { label }
  }

  static let expected: [Expected] = [
    Expected(
      label: "missing script file", fileSuffix: "broken/schedule.yaml", line: 7, column: 31,
      message: "không tìm thấy tệp hoặc thư mục kịch bản 'scripts/missing.txt'"),
    Expected(
      label: "missing folder", fileSuffix: "broken/schedule.yaml", line: 11, column: 14,
      message: "không tìm thấy tệp hoặc thư mục kịch bản 'scripts/khong-co'"),
    Expected(
      label: "empty script", fileSuffix: "broken/scripts/empty.txt", line: 1, column: 1,
      message: "tệp kịch bản rỗng"),
    Expected(
      label: "non-UTF-8 script", fileSuffix: "broken/scripts/latin1.txt", line: 1, column: 1,
      message: "tệp kịch bản không phải văn bản UTF-8"),
    Expected(
      label: "unknown header key", fileSuffix: "broken/scripts/bad-header.txt", line: 2, column: 1,
      message: "khoá không rõ 'tittle' trong phần đầu; có phải ý bạn là 'title'?"),
    Expected(
      label: "bad validity range", fileSuffix: "broken/scripts/bad-header.txt", line: 3, column: 8,
      message: "thời hạn không hợp lệ '2026-06-01...2026-12-31'"),
    Expected(
      label: "approval required", fileSuffix: "broken/scripts/ok.txt", line: 1, column: 1,
      message: "kịch bản chưa có người duyệt"),
  ]

  @Test("file problems point at the script or at the schedule line", arguments: expected)
  func brokenFixture(_ expected: Expected) throws {
    let diagnostics = try Fixtures.load("broken/schedule.yaml").check(today: nil)
    let match = diagnostics.first { $0.message.contains(expected.message) }
    #expect(match != nil, "\(diagnostics.map(\.description))")
    #expect(match?.file.hasSuffix(expected.fileSuffix) == true, "\(match?.file ?? "-")")
    #expect(match?.line == expected.line)
    #expect(match?.column == expected.column)
    #expect(match?.severity == .error)
  }

  @Test("schedule diagnostics come first, then scripts, each sorted")
  func order() throws {
    let diagnostics = try Fixtures.load("broken/schedule.yaml").check(today: nil)
    let files = diagnostics.map(\.file)
    let firstScript = try #require(files.firstIndex { !$0.hasSuffix("schedule.yaml") })
    #expect(files[..<firstScript].allSatisfy { $0.hasSuffix("schedule.yaml") })
    #expect(files[firstScript...].allSatisfy { !$0.hasSuffix("schedule.yaml") })
    #expect(Array(diagnostics[firstScript...]) == diagnostics[firstScript...].sorted())
  }

  @Test("an unreadable schedule is a typed error with a Vietnamese message")
  func unreadable() {
    #expect(throws: PlanError.unreadableSchedule(path: "/khong/co.yaml")) {
      try ScheduleLoader().load(path: "/khong/co.yaml")
    }
    #expect(
      PlanError.unreadableSchedule(path: "x.yaml").description
        == "không đọc được tệp lịch phát 'x.yaml'")
  }
}
