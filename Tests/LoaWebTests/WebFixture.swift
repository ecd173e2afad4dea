import BroadcastPlan
import Foundation
import Hummingbird
import HummingbirdTesting
import LoaStudio
import LoaTestSupport

@testable import LoaWeb

/// A copy of `Tests/Fixtures/render` in a temporary folder, optionally rendered for
/// 2026-11-30...2026-12-02, with the web application over it at a fixed clock
/// (2026-11-30 05:30 station time).
struct WebFixture: Sendable {
  let folder: TemporaryFolder
  var root: URL { folder.url }
  var out: URL { root.appendingPathComponent("out") }
  var schedule: String { root.appendingPathComponent("lich.yaml").path }
  static let firstDay = CalendarDay(year: 2026, month: 11, day: 30)!
  /// 2026-11-30T05:30:00+07:00.
  static let now = StationInstant(unixSeconds: 1_795_991_400)
  /// A fixed form key, so tests can make valid tokens.
  static let formKey = [UInt8](repeating: 7, count: 32)

  /// The rendered fixture shared by read-only tests (rendered once per test run).
  static let rendered: WebFixture = {
    let fixture = try! WebFixture()
    try! fixture.render()
    return fixture
  }()

  init(edit: (URL) throws -> Void = { _ in }) throws {
    folder = try TemporaryFolder("loa-web")
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/render")
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(name), to: root.appendingPathComponent(name))
    }
    try edit(root)
  }

  var studio: Studio { Studio(schedulePath: schedule, outputDirectory: out) }

  /// A new fixture whose `out` is a copy of this one's, but for SQLite's `-wal` and `-shm`
  /// files: other tests may have the database open (those files come and go with their
  /// connections, so copying them races), and a closed render left everything in the file.
  func copy() throws -> WebFixture {
    let copy = try WebFixture()
    try FileManager.default.createDirectory(at: copy.out, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: out.path)
    where !name.hasSuffix("-wal") && !name.hasSuffix("-shm") {
      try FileManager.default.copyItem(
        at: out.appendingPathComponent(name), to: copy.out.appendingPathComponent(name))
    }
    return copy
  }

  /// Renders three days, as `loa render --date 2026-11-30 --days 3` does.
  func render() throws {
    let workspace = try studio.load(today: Self.firstDay)
    _ = try studio.render(
      workspace, from: Self.firstDay, through: Self.firstDay.adding(days: 2),
      now: Self.now)
  }

  func configuration(host: String = "127.0.0.1", credentials: PasswordFile? = nil)
    -> WebConfiguration
  {
    WebConfiguration(
      schedulePath: schedule, outputDirectory: out, host: host, credentials: credentials,
      clock: FixedClock(Self.now), formKey: Self.formKey)
  }

  /// The application, for `app.test(.router)`.
  func application(credentials: PasswordFile? = nil) throws -> some ApplicationProtocol {
    try buildApplication(configuration(credentials: credentials))
  }

  /// Writes `airings` into the fixture's `out/loa.sqlite` with LoaStudio's `AiringLog`, as
  /// `loa air` does.
  func logAirings(_ airings: [Airing]) throws {
    let log = try AiringLog(output: OutputFolder(out))
    for airing in airings { _ = try log.insert(airing) }
  }

  /// A valid CSRF token for the fixture's form key and clock.
  static var token: String { FormToken(key: formKey).issue(now: now) }
}

extension TestResponse {
  /// The body as UTF-8 text.
  var text: String { String(buffer: body) }
}
