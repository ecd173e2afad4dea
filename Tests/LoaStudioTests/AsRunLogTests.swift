import Foundation
import Testing

@testable import LoaStudio

@Suite("As-run log (SQLite)")
struct AsRunLogTests {
  static func temporaryURL() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("loa-log-\(UUID()).sqlite")
  }

  @Test("re-rendering a day replaces its rows, never duplicates them")
  func replaceDay() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let log = try AsRunLog(url: url)
    let day = BroadcastReportTests.log.filter { $0.date == "2026-12-01" }
    try log.replaceDay("2026-12-01", with: day)
    try log.replaceDay("2026-12-01", with: day)
    let read = try log.programs(from: "2026-12-01", through: "2026-12-01")
    #expect(read.count == 2)
    #expect(read.map(\.slot) == ["sang", "chieu"])
    #expect(read[0].items == day[0].items)
  }

  @Test("a day replaced by fewer programs loses the others; other days are untouched")
  func shrink() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let log = try AsRunLog(url: url)
    for date in ["2026-12-01", "2026-12-05"] {
      try log.replaceDay(date, with: BroadcastReportTests.log.filter { $0.date == date })
    }
    try log.replaceDay("2026-12-01", with: [])
    let read = try log.programs(from: "2026-12-01", through: "2026-12-31")
    #expect(read.map(\.date) == ["2026-12-05"])
    #expect(read[0].items.count == 2)
  }

  @Test("the log survives reopening (migrations run once)")
  func reopen() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    try AsRunLog(url: url).replaceDay(
      "2026-12-05", with: BroadcastReportTests.log.filter { $0.date == "2026-12-05" })
    let again = try AsRunLog(url: url)
    #expect(try again.programs(from: "2026-01-01", through: "2027-01-01").count == 1)
  }

  @Test("an unusable path is a Vietnamese error, not a crash")
  func unusablePath() {
    let url = URL(fileURLWithPath: "/proc/loa-no-such-dir/loa.sqlite")
    #expect(throws: StudioError.self) { try AsRunLog(url: url) }
  }
}
