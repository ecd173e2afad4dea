import Foundation
import GRDB
import Testing

@testable import LoaStudio

@Suite("As-run log (SQLite, shared)")
struct AsRunLogTests {
  static func temporaryURL() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("loa-log-\(UUID()).sqlite")
  }

  static func day(_ date: String) -> [AsRunProgram] {
    BroadcastReportTests.log.filter { $0.date == date }
  }

  @Test("re-rendering a day supersedes its rows: current rows once, history kept")
  func replaceDay() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let log = try AsRunLog(url: url)
    let day = Self.day("2026-12-01")
    try log.replaceDay("2026-12-01", with: day, generation: "g1", at: "2026-11-30T10:00:00+07:00")
    var changed = day
    changed[0].sha256 = "ff"
    try log.replaceDay(
      "2026-12-01", with: changed, generation: "g2", at: "2026-11-30T11:00:00+07:00")
    let read = try log.programs(from: "2026-12-01", through: "2026-12-01")
    #expect(read.map(\.slot) == ["sang", "chieu"])
    #expect(read.map(\.sha256) == ["ff", "00"])
    #expect(read[0].items == day[0].items)
    #expect(read[0].scheduledAt == "2026-12-01T06:00:00+07:00")
    let history = try log.history(of: "2026-12-01")
    #expect(history.count == 4)
    #expect(history.map(\.sha256) == ["00", "00", "ff", "00"])
  }

  @Test("an unchanged re-render adds no version")
  func ensureDay() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let log = try AsRunLog(url: url)
    let day = Self.day("2026-12-01")
    try log.ensureDay("2026-12-01", with: day, generation: "g1", at: "t1")
    try log.ensureDay("2026-12-01", with: day, generation: "g1", at: "t2")
    #expect(try log.history(of: "2026-12-01").count == 2)
  }

  @Test("a day replaced by fewer programs loses the others; other days are untouched")
  func shrink() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let log = try AsRunLog(url: url)
    for date in ["2026-12-01", "2026-12-05"] {
      try log.replaceDay(date, with: Self.day(date), generation: "g", at: "t")
    }
    try log.replaceDay("2026-12-01", with: [], generation: "g", at: "t")
    let read = try log.programs(from: "2026-12-01", through: "2026-12-31")
    #expect(read.map(\.date) == ["2026-12-05"])
    #expect(read[0].items.count == 2)
  }

  @Test("a failing commit step leaves the rows as they were")
  func commitFails() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let log = try AsRunLog(url: url)
    try log.replaceDay("2026-12-05", with: Self.day("2026-12-05"), generation: "g1", at: "t")
    struct SwapFailed: Error {}
    #expect(throws: SwapFailed.self) {
      try log.replaceDay("2026-12-05", with: [], generation: "g2", at: "t") { throw SwapFailed() }
    }
    #expect(try log.programs(from: "2026-12-05", through: "2026-12-05").count == 1)
  }

  /// Holds the database's write lock from another connection, on another thread, until
  /// `release` is signalled.
  static func holdWriteLock(_ url: URL, release: DispatchSemaphore) throws -> Thread {
    let other = try DatabaseQueue(path: url.path)
    let held = DispatchSemaphore(value: 0)
    let thread = Thread {
      try? other.inTransaction(.immediate) { _ in
        held.signal()
        release.wait()
        return .commit
      }
    }
    thread.start()
    held.wait()
    return thread
  }

  @Test("a writer waits for another connection's write instead of failing")
  func busyWaits() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let log = try AsRunLog(url: url)
    let release = DispatchSemaphore(value: 0)
    _ = try Self.holdWriteLock(url, release: release)
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.8) { release.signal() }
    let started = Date()
    try log.replaceDay("2026-12-05", with: Self.day("2026-12-05"), generation: "g", at: "t")
    #expect(Date().timeIntervalSince(started) >= 0.5)
    #expect(try log.programs(from: "2026-12-05", through: "2026-12-05").count == 1)
  }

  @Test("a writer busy past the timeout is a Vietnamese error, and nothing changed")
  func busyTimeout() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let log = try AsRunLog(url: url, busyTimeout: 0.2)
    let release = DispatchSemaphore(value: 0)
    _ = try Self.holdWriteLock(url, release: release)
    var committed = false
    #expect(throws: StudioError.self) {
      try log.replaceDay("2026-12-05", with: Self.day("2026-12-05"), generation: "g", at: "t") {
        committed = true
      }
    }
    release.signal()
    #expect(!committed)
    #expect(try log.programs(from: "2026-12-05", through: "2026-12-05").isEmpty)
  }

  @Test("the log survives reopening (migrations run once), in WAL mode")
  func reopen() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    try AsRunLog(url: url).replaceDay(
      "2026-12-05", with: Self.day("2026-12-05"), generation: "g", at: "t")
    let again = try AsRunLog(url: url)
    #expect(try again.programs(from: "2026-01-01", through: "2027-01-01").count == 1)
    let mode = try again.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
  }

  @Test("a version-1 log migrates: rows kept, instants filled in")
  func migratesV1() throws {
    let url = Self.temporaryURL()
    defer { try? FileManager.default.removeItem(at: url) }
    let old = try DatabaseQueue(path: url.path)
    try old.write { db in
      try db.execute(
        sql: """
          CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
          INSERT INTO grdb_migrations VALUES ('v1: programs and items');
          CREATE TABLE program (id INTEGER PRIMARY KEY AUTOINCREMENT, date TEXT NOT NULL,
            slot TEXT NOT NULL, slot_name TEXT NOT NULL, start TEXT NOT NULL, file TEXT NOT NULL,
            seconds REAL NOT NULL, sha256 TEXT NOT NULL, produced_at TEXT NOT NULL,
            UNIQUE (date, slot));
          CREATE TABLE item (id INTEGER PRIMARY KEY AUTOINCREMENT,
            program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, script TEXT,
            campaign TEXT, campaign_title TEXT, priority TEXT NOT NULL, start TEXT NOT NULL,
            offset_seconds REAL NOT NULL, seconds REAL NOT NULL, date TEXT NOT NULL,
            slot TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL,
            produced_at TEXT NOT NULL);
          INSERT INTO program VALUES (1, '2026-12-01', 'sang', 'Bản tin sáng', '06:00',
            '2026-12-01/0600-sang.wav', 60, 'aa', '2026-11-30T00:00:00Z');
          INSERT INTO item VALUES (1, 1, 0, 'bulletin', 'Tin', 'a.txt', 'c', 'C', 'normal',
            '06:00:05', 5, 50, '2026-12-01', 'sang', '2026-12-01/0600-sang.wav', 'aa', 'x');
          """)
    }
    try old.close()
    let log = try AsRunLog(url: url)
    let read = try log.programs(from: "2026-12-01", through: "2026-12-01")
    #expect(read.count == 1)
    #expect(read.first?.scheduledAt == "2026-12-01T06:00:00+07:00")
    #expect(read.first?.items.map(\.title) == ["Tin"])
  }

  @Test("an unusable path is a Vietnamese error, not a crash")
  func unusablePath() {
    let url = URL(fileURLWithPath: "/proc/loa-no-such-dir/loa.sqlite")
    #expect(throws: StudioError.self) { try AsRunLog(url: url) }
  }
}
