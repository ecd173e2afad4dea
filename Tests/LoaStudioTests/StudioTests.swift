import BroadcastPlan
import Foundation
import GRDB
import LoaTestSupport
import Testing

@testable import LoaStudio

/// `Studio` in process, on a copy of `Tests/Fixtures/render`.
@Suite("Studio in process", .serialized)
struct StudioTests {
  static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/render")
  static let day = CalendarDay(year: 2026, month: 12, day: 1)!
  static let now = StationInstant(
    day: CalendarDay(year: 2026, month: 11, day: 30)!, secondsIntoDay: 36_000)

  static func copyFixture() throws -> TemporaryFolder {
    let folder = try TemporaryFolder("loa-studio")
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(name), to: folder.file(name))
    }
    return folder
  }

  static func studio(_ folder: TemporaryFolder) -> Studio {
    Studio(
      schedulePath: folder.file("lich.yaml").path,
      outputDirectory: folder.file("out"))
  }

  @Test("render writes the day, the manifest's instants, and rows that match the folder")
  func renderDay() throws {
    let folder = try Self.copyFixture()
    defer { folder.remove() }
    let studio = Self.studio(folder)
    let workspace = try studio.load(today: Self.day)
    #expect(!workspace.hasErrors, "\(workspace.diagnostics)")
    var events: [RenderEvent] = []
    let summary = try studio.render(workspace, from: Self.day, through: Self.day, now: Self.now) {
      events.append($0)
    }
    #expect(summary.rendered == summary.files.count && summary.rendered > 0)
    let view = try #require(studio.output.day(Self.day))
    for program in view.manifest.programs {
      #expect(program.startAt == "2026-12-01T\(program.start):00+07:00")
      let url = try #require(view.url(ofFile: program.file))
      #expect(try SHA256.hex(ofFile: url) == program.sha256)
    }
    #expect(view.url(ofFile: "../lich.yaml") == nil)
    try Self.expectInStep(studio, view)
    #expect(!events.contains { if case .waiting = $0 { true } else { false } })
  }

  @Test("a render while the database is held busy waits, then folder and log agree")
  func busyDatabase() throws {
    let folder = try Self.copyFixture()
    defer { folder.remove() }
    let studio = Self.studio(folder)
    let workspace = try studio.load(today: Self.day)
    _ = try studio.render(workspace, from: Self.day, through: Self.day, now: Self.now)
    // Change a script, so the day is rebuilt, and hold the database's write lock meanwhile.
    let script = folder.file("scripts/chien-dich/02-cong-an.txt")
    try (try String(contentsOf: script, encoding: .utf8) + "\nXin cảm ơn.\n")
      .write(to: script, atomically: true, encoding: .utf8)
    let release = DispatchSemaphore(value: 0)
    _ = try AsRunLogTests.holdWriteLock(studio.output.databaseURL, release: release)
    DispatchQueue.global().asyncAfter(deadline: .now() + 1.0) { release.signal() }
    let changed = try studio.load(today: Self.day)
    let summary = try studio.render(changed, from: Self.day, through: Self.day, now: Self.now)
    #expect(summary.rendered >= 1)
    let view = try #require(studio.output.day(Self.day))
    try Self.expectInStep(studio, view)
  }

  @Test("a second writer waits for the folder's lock and says so")
  func writerWaits() throws {
    let folder = try Self.copyFixture()
    defer { folder.remove() }
    let output = OutputFolder(folder.file("out"))
    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    Thread {
      try? output.withWriteLock {
        holding.signal()
        release.wait()
      }
    }.start()
    holding.wait()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { release.signal() }
    var waited = 0
    try output.withWriteLock(waiting: { waited += 1 }) {}
    #expect(waited == 1)
  }

  /// The log's current rows for the day name exactly the manifest's files and checksums.
  static func expectInStep(_ studio: Studio, _ view: RenderedDay) throws {
    let rows = try AsRunLog(url: studio.output.databaseURL).programs(
      from: view.date.description, through: view.date.description)
    #expect(
      rows.map { "\($0.file) \($0.sha256) \($0.scheduledAt)" }
        == view.manifest.programs.map { "\(view.date)/\($0.file) \($0.sha256) \($0.startAt ?? "")" }
    )
  }
}
