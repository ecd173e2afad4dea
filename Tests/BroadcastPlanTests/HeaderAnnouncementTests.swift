import BroadcastPlan
import Foundation
import LoaTestSupport
import Testing

/// Scripts in the schedule's announcement folder that carry `air:` in their header: found by the
/// loader, checked like the schedule's announcements, planned like them.
@Suite("Announcements written in script headers")
struct HeaderAnnouncementTests {
  static let schedule = """
    station: Đài thử
    slots:
      - { id: sang, name: Sáng, at: "06:00", days: daily, length: 15m }
      - { id: chieu, name: Chiều, at: "17:00", days: [t2, t4, t6], length: 10m }
    campaigns:
      - id: c
        scripts: ../scripts/bai
        from: 2026-12-01
        until: 2026-12-31
    off_days: [2026-12-25]

    """

  static let body = "Kính thưa bà con. Chiều nay mất điện từ 14 giờ đến 16 giờ.\n"

  /// A station tree: `schedules/s.yaml`, `scripts/bai/a.txt`, and `files` (relative paths).
  struct Station {
    let folder: TemporaryFolder

    init(schedule: String = HeaderAnnouncementTests.schedule, files: [String: String]) throws {
      folder = try TemporaryFolder("loa-header-announcements")
      var all = files
      all["scripts/bai/a.txt"] = "---\ntitle: Bài\napproved_by: Nguyễn Văn A\n---\nBà con chú ý.\n"
      all["schedules/s.yaml"] = schedule
      for (path, text) in all {
        let url = folder.file(path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
      }
    }

    func load() throws -> LoadedSchedule {
      try ScheduleLoader().load(path: folder.file("schedules/s.yaml").path)
    }

    /// Every diagnostic, rendered, with the temporary folder taken off the file names.
    func check() throws -> [String] {
      let prefix = PathResolverProbe.normalize(folder.url.path) + "/"
      return try load().check(today: nil).map {
        $0.description.replacingOccurrences(of: prefix, with: "")
      }
    }
  }

  static func notice(_ header: String) -> String {
    "---\ntitle: Mất điện\napproved_by: Nguyễn Văn A\n" + header + "---\n" + body
  }

  @Test("an airing in the header becomes an announcement at its date, slot and priority")
  func loads() throws {
    let station = try Station(files: [
      "scripts/thong-bao/mat-dien.txt": Self.notice("air: 2026-12-07 chieu\npriority: emergency\n"),
      "scripts/thong-bao/cu.txt": "---\ntitle: Cũ\n---\nKhông có ngày phát.\n",
    ])
    defer { station.folder.remove() }
    let loaded = try station.load()
    let announcements = try #require(loaded.schedule?.announcements)
    #expect(announcements.count == 1)
    let first = try #require(announcements.first)
    #expect(first.date == Fixtures.day("2026-12-07"))
    #expect(first.slotID == "chieu")
    #expect(first.priority == .emergency)
    #expect(first.script.path == "../scripts/thong-bao/mat-dien.txt")
    #expect(first.location.map { "\($0.line):\($0.column)" } == "4:6")
    #expect(first.location?.file.hasSuffix("scripts/thong-bao/mat-dien.txt") == true)
    // A script in the folder without `air:` that nothing names is not loaded.
    #expect(loaded.scripts.scripts["../scripts/thong-bao/cu.txt"] == nil)
    #expect(try station.check().isEmpty)
  }

  struct Problem: Sendable, CustomTestStringConvertible {
    let label: String
    var schedule: String = HeaderAnnouncementTests.schedule
    let files: [String: String]
    let expected: [String]
    var testDescription: String { label }
  }

  static let problems: [Problem] = [
    Problem(
      label: "unknown slot, with a did-you-mean hint, at the slot id",
      files: ["scripts/thong-bao/x.txt": notice("air: 2026-12-07 chiu\n")],
      expected: [
        "scripts/thong-bao/x.txt:4:17: lỗi: không có khung giờ 'chiu'; có phải ý bạn là 'chieu'?"
      ]),
    Problem(
      label: "an off day, at the date",
      files: ["scripts/thong-bao/x.txt": notice("air: 2026-12-25 sang\n")],
      expected: ["scripts/thong-bao/x.txt:4:6: lỗi: thông báo rơi vào ngày nghỉ 25/12/2026"]),
    Problem(
      label: "a slot that does not air that weekday, at the date",
      files: ["scripts/thong-bao/x.txt": notice("air: 2026-12-05 chieu\n")],
      expected: [
        "scripts/thong-bao/x.txt:4:6: lỗi: khung giờ 'chieu' không phát vào thứ Bảy 05/12/2026"
      ]),
    Problem(
      label: "a bad date, at the date",
      files: ["scripts/thong-bao/x.txt": notice("air: 2026-02-30 sang\n")],
      expected: [
        "scripts/thong-bao/x.txt:4:6: lỗi: ngày không hợp lệ '2026-02-30' ở 'air' (cần dạng "
          + "YYYY-MM-DD, ví dụ 2026-12-05)"
      ]),
    Problem(
      label: "the second of two airings is wrong: only it is reported",
      files: ["scripts/thong-bao/x.txt": notice("air: 2026-12-07 sang\nair: 2026-12-25 sang\n")],
      expected: ["scripts/thong-bao/x.txt:5:6: lỗi: thông báo rơi vào ngày nghỉ 25/12/2026"]),
    Problem(
      label: "a named announcement folder that does not exist, at its value",
      schedule: schedule + "announcement_folder: ../thong-bao\n",
      files: [:],
      expected: ["schedules/s.yaml:11:22: lỗi: không tìm thấy thư mục thông báo '../thong-bao'"]),
    Problem(
      label: "a named announcement folder that is a file, at its value",
      schedule: schedule + "announcement_folder: ../scripts/bai/a.txt\n",
      files: [:],
      expected: [
        "schedules/s.yaml:11:22: lỗi: '../scripts/bai/a.txt' là một tệp, không phải thư mục thông báo"
      ]),
    Problem(
      label: "the default folder may be missing", files: [:], expected: []),
    Problem(
      label: "air in a campaign script does nothing: a warning at it",
      files: [
        "scripts/bai/b.txt":
          "---\ntitle: B\napproved_by: Nguyễn Văn A\nair: 2026-12-07 sang\n---\nBà con chú ý.\n"
      ],
      expected: [
        "scripts/bai/b.txt:4:6: cảnh báo: dòng 'air:' chỉ có tác dụng với bài nằm trong thư mục "
          + "thông báo '../scripts/thong-bao' (announcement_folder); bài này không được phát theo dòng đó"
      ]),
    Problem(
      label: "the schedule already lists the same airing: a warning, aired once",
      schedule: schedule
        + "announcements:\n  - { date: 2026-12-07, slot: sang, script: ../scripts/thong-bao/x.txt }\n",
      files: ["scripts/thong-bao/x.txt": notice("air: 2026-12-07 sang\n")],
      expected: [
        "scripts/thong-bao/x.txt:4:6: cảnh báo: thông báo này đã có (schedules/s.yaml:12:13) cùng "
          + "ngày 07/12/2026, buổi 'sang': chỉ phát một lần"
      ]),
    Problem(
      label: "a header mistake in an unscheduled file of the folder is still reported",
      files: ["scripts/thong-bao/x.txt": notice("ari: 2026-12-07 sang\n")],
      expected: [
        "scripts/thong-bao/x.txt:4:1: lỗi: khoá không rõ 'ari' trong phần đầu; có phải ý bạn là 'air'?"
      ]),
  ]

  @Test("header airings are checked like the schedule's announcements", arguments: problems)
  func problem(_ problem: Problem) throws {
    let station = try Station(schedule: problem.schedule, files: problem.files)
    defer { station.folder.remove() }
    #expect(try station.check() == problem.expected)
  }

  @Test("the planner airs a header announcement on its date and slot, before the bulletins")
  func planned() throws {
    let station = try Station(files: [
      "scripts/thong-bao/mat-dien.txt": Self.notice("air: 2026-12-07 chieu\npriority: emergency\n")
    ])
    defer { station.folder.remove() }
    let loaded = try station.load()
    let schedule = try #require(loaded.schedule)
    let plan = Planner(schedule: schedule, scripts: loaded.scripts)
      .plan(from: Fixtures.day("2026-12-06"), through: Fixtures.day("2026-12-08"))
    let announced = plan.programs.filter { program in
      program.items.contains { $0.script == "../scripts/thong-bao/mat-dien.txt" }
    }
    #expect(announced.map { "\($0.date) \($0.slot.id)" } == ["2026-12-07 chieu"])
    let item = try #require(announced.first?.contentItems.first)
    #expect(item.kind == .announcement)
    #expect(item.priority == .emergency)
    #expect(item.title == "Mất điện")
  }
}

/// `PathResolver` is internal; the loader's file names are the folded absolute paths.
enum PathResolverProbe {
  static func normalize(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
