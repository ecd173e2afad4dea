import Foundation
import LoaTestSupport
import Testing

/// Runs the built `loa` for whole-pipeline tests of `loa plan` and `loa check`.
enum PlanCLIRunner {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `Tests/Fixtures/schedules/<relative>`.
  static func fixture(_ relative: String) -> String {
    testsDirectory.appendingPathComponent("Fixtures/schedules/\(relative)").path
  }

  /// Runs `loa arguments` in an empty temporary folder, so no `out/` audio cache of the
  /// machine changes the lengths a snapshot shows.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> LoaProcess
  {
    let folder = try TemporaryFolder("loa-plan-cli")
    defer { folder.remove() }
    return try LoaProcess.run(arguments, in: folder.url, environment: environment)
  }
}

@Suite("loa plan")
struct PlanCommandTests {
  static let mini = PlanCLIRunner.fixture("hai-hung-mini/schedule.yaml")

  @Test("the table matches the committed snapshot")
  func tableSnapshot() throws {
    let result = try PlanCLIRunner.run([
      "plan", "--schedule", Self.mini, "--from", "2026-12-04", "--days", "4",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let snapshotPath = PlanCLIRunner.fixture("hai-hung-mini/plan-2026-12-04.txt")
    if ProcessInfo.processInfo.environment["LOA_UPDATE_SNAPSHOTS"] != nil {
      try result.stdout.write(toFile: snapshotPath, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: snapshotPath, encoding: .utf8)
    #expect(result.stdout == expected)
  }

  @Test("--help matches the committed snapshot")
  func helpSnapshot() throws {
    let result = try PlanCLIRunner.run(["plan", "--help"])
    #expect(result.status == 0)
    let snapshotPath = PlanCLIRunner.fixture("cli/plan-help.txt")
    if ProcessInfo.processInfo.environment["LOA_UPDATE_SNAPSHOTS"] != nil {
      try result.stdout.write(toFile: snapshotPath, atomically: true, encoding: .utf8)
    }
    #expect(result.stdout == (try String(contentsOfFile: snapshotPath, encoding: .utf8)))
  }

  @Test("JSON output parses and has programs with items")
  func json() throws {
    let result = try PlanCLIRunner.run([
      "plan", "--schedule", Self.mini, "--from", "2026-12-05", "--days", "1", "--format", "json",
    ])
    #expect(result.status == 0)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let programs = try #require(root["programs"] as? [[String: Any]])
    #expect(programs.map { $0["slot"] as? String } == ["sang"])
    let items = try #require(programs.first?["items"] as? [[String: Any]])
    #expect(items.first?["kind"] as? String == "opening")
    #expect(items.last?["kind"] as? String == "closing")
    #expect((programs.first?["dropped"] as? [Any])?.count == 1)
  }

  @Test("ICS output is a calendar with CRLF lines")
  func ics() throws {
    let result = try PlanCLIRunner.run([
      "plan", "--schedule", Self.mini, "--from", "2026-12-04", "--days", "2", "--format", "ics",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(result.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 3)
  }

  @Test("LOA_SCHEDULE is the default schedule")
  func environmentDefault() throws {
    let result = try PlanCLIRunner.run(
      ["plan", "--from", "2026-12-05", "--days", "1"], environment: ["LOA_SCHEDULE": Self.mini])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Thứ Bảy 05/12/2026"))
  }

  @Test(
    "bad input gives one Vietnamese line and a non-zero exit (64 for a usage mistake)",
    arguments: [
      (
        ["--from", "mai"], "loa: ngày không hợp lệ 'mai' (dùng YYYY-MM-DD, today hoặc tomorrow)\n",
        1
      ),
      (["--days", "0"], "loa: số ngày phải từ 1 đến 3660, không phải 0\n", 1),
      (
        ["--format", "xml"],
        "loa: giá trị 'xml' không hợp lệ cho '--format <format>'; dùng một trong: 'table', "
          + "'json', 'ics'.\n", 64
      ),
      (
        ["--schedule", "/khong/co.yaml"], "loa: không đọc được tệp lịch phát '/khong/co.yaml'\n", 1
      ),
    ] as [([String], String, Int32)])
  func badInput(arguments: [String], message: String, status: Int32) throws {
    let extra = arguments.first == "--schedule" ? [] : ["--schedule", Self.mini]
    let result = try PlanCLIRunner.run(["plan"] + extra + arguments)
    #expect(result.status == status)
    #expect(result.stderr == message)
    #expect(result.stdout.isEmpty)
  }

  @Test("an invalid schedule lists its problems and plans nothing")
  func invalidSchedule() throws {
    let result = try PlanCLIRunner.run([
      "plan", "--schedule", PlanCLIRunner.fixture("broken/schedule.yaml"),
    ])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains(
        "broken/schedule.yaml:7:31: lỗi: không tìm thấy tệp hoặc thư mục kịch bản"))
    #expect(result.stderr.hasSuffix("có 8 lỗi, chưa thể lập lịch; sửa rồi chạy lại 'loa check'\n"))
  }
}

extension PlanCommandTests {
  @Test("warnings and idle slots appear in the table; the plan still succeeds")
  func warningsInTable() throws {
    let result = try PlanCLIRunner.run([
      "plan", "--schedule", PlanCLIRunner.fixture("warnings/schedule.yaml"), "--from", "2026-12-01",
      "--days", "1",
    ])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains("  19:00  Tối — không có chương trình: không có bản tin nào để phát"))
    #expect(result.stdout.contains("Cảnh báo:\n  "))
    #expect(result.stdout.contains("cảnh báo: khung giờ 'toi' không có chiến dịch"))
  }
}
