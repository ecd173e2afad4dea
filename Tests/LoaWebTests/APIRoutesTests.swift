import BroadcastPlan
import Foundation
import Hummingbird
import HummingbirdTesting
import LoaStudio
import Testing

@testable import LoaWeb

/// The JSON API answers exactly what the CLI prints, through the same library renderers.
@Suite struct APIRoutesTests {
  let fixture = WebFixture.rendered

  @Test func planIsTheJSONOfLoaPlan() async throws {
    let workspace = try fixture.studio.load(today: WebFixture.firstDay)
    let plan = try fixture.studio.plan(
      workspace, from: WebFixture.firstDay, through: WebFixture.firstDay.adding(days: 6))
    let expected = PlanFormat.json.render(plan)
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/plan?from=2026-11-30&days=7", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(response.text == expected)
      }
      // Defaults: today (the injected clock's day), 7 days.
      try await client.execute(uri: "/api/plan", method: .get) { response in
        #expect(response.text == expected)
      }
      try await client.execute(uri: "/api/plan?days=abc", method: .get) { response in
        #expect(response.status == .badRequest)
        let object =
          try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
        #expect((object?["error"] as? String)?.isEmpty == false)
      }
    }
  }

  @Test func checkListsTheDiagnosticsOfLoaCheck() async throws {
    try await expectCheckParity(fixture)
  }

  /// A script with a foreign name espeak-ng would guess at: `/api/check` carries the same
  /// pronunciation warning, at the same line and column, as `loa check`.
  @Test func checkCarriesThePronunciationWarnings() async throws {
    let edited = try WebFixture { root in
      try "---\ntitle: Mạng xã hội mới\n---\nBà con cẩn thận với tài khoản giả trên Bluesky.\n"
        .write(
          to: root.appendingPathComponent("scripts/chien-dich/04-mang-moi.txt"), atomically: true,
          encoding: .utf8)
    }
    let diagnostics = try await expectCheckParity(edited)
    let warning = try #require(diagnostics.first { PronunciationFinding.isPronunciation($0) })
    #expect(warning.file.hasSuffix("scripts/chien-dich/04-mang-moi.txt"))
    #expect(warning.line == 4)
    #expect(warning.column == 40)  // "Bluesky", counted in characters
    #expect(warning.message.contains("Bluesky"))
  }

  /// Checks that `/api/check` lists exactly what `loa check` prints for `fixture`, in its order;
  /// returns those diagnostics.
  @discardableResult
  func expectCheckParity(_ fixture: WebFixture) async throws -> [Diagnostic] {
    let workspace = try fixture.studio.load(today: WebFixture.firstDay, pronunciation: true)
    let diagnostics = workspace.diagnostics.sortedByPosition(scheduleFirst: fixture.schedule)
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/check", method: .get) { response in
        #expect(response.status == .ok)
        let object = try #require(
          try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
        let rows = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(rows.count == diagnostics.count)
        for (row, diagnostic) in zip(rows, diagnostics) {
          #expect(row["file"] as? String == diagnostic.file)
          #expect(row["line"] as? Int == diagnostic.line)
          #expect(row["column"] as? Int == diagnostic.column)
          #expect(row["message"] as? String == diagnostic.message)
          #expect(
            row["severity"] as? String == (diagnostic.severity == .error ? "error" : "warning"))
        }
        #expect(object["errors"] as? Int == diagnostics.filter { $0.severity == .error }.count)
        #expect(object["warnings"] as? Int == diagnostics.filter { $0.severity == .warning }.count)
      }
    }
    return diagnostics
  }

  @Test func reportIsTheJSONOfLoaReport() async throws {
    let report = try fixture.studio.report(
      from: WebFixture.firstDay, through: WebFixture.firstDay.adding(days: 2),
      today: WebFixture.firstDay)
    let expected = ReportFormat.json.render(report, station: "")
    let csv = ReportFormat.csv.render(report, station: "")
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/report?from=2026-11-30&to=2026-12-02", method: .get) {
        response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(response.text == expected)
      }
      try await client.execute(uri: "/bao-cao.json?tu=2026-11-30&den=2026-12-02", method: .get) {
        response in
        #expect(response.text == expected)
        #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
      }
      try await client.execute(uri: "/bao-cao.csv?tu=2026-11-30&den=2026-12-02", method: .get) {
        response in
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(response.text == csv)
      }
    }
  }

  @Test func statusShowsNextProgramWithoutPlayout() async throws {
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/status", method: .get) { response in
        #expect(response.status == .ok)
        let object = try #require(
          try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
        #expect(object["now"] as? String == "2026-11-30T05:30:00+07:00")
        #expect(object["on_air"] is NSNull)
        let next = try #require(object["next"] as? [String: Any])
        #expect(next["date"] as? String == "2026-11-30")
        #expect(next["slot"] as? String == "sang")
        #expect(next["start_at"] as? String == "2026-11-30T06:00:00+07:00")
        #expect(next["file"] as? String == "2026-11-30/0600-sang.wav")
        #expect((object["airings"] as? [Any])?.isEmpty == true)
      }
    }
  }

  @Test func statusReadsTheAiringsTableOfTheDatabase() async throws {
    let fixture = try WebFixture()
    try FileManager.default.createDirectory(at: fixture.out, withIntermediateDirectories: true)
    try fixture.logAirings([
      Airing(
        date: "2026-11-30", slot: "sang", kind: .program, file: "0600-sang.wav",
        sha256: "ab", scheduledAt: "2026-11-30T06:00:00+07:00",
        startedAt: "2026-11-30T05:29:30+07:00", status: .onAir, output: "none")
    ])
    let app = try buildApplication(fixture.configuration())
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/status", method: .get) { response in
        let object = try #require(
          try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
        let onAir = try #require(object["on_air"] as? [String: Any])
        #expect(onAir["file"] as? String == "0600-sang.wav")
        #expect(onAir["started_at"] as? String == "2026-11-30T05:29:30+07:00")
        #expect(onAir["ended_at"] is NSNull)
        #expect(
          Set(onAir.keys) == [
            "date", "slot", "kind", "file", "sha256", "scheduled_at", "started_at", "ended_at",
            "played_seconds", "status", "output", "note",
          ])
        // Nothing is rendered in this fixture, so there is no next file to air (as `loa status`).
        #expect(object["next"] is NSNull)
        #expect((object["airings"] as? [Any])?.count == 1)
      }
    }
  }

  @Test func noDatabaseMeansNoAiringsAndCreatesNone() throws {
    let fixture = try WebFixture()
    let handle = AiringLogHandle(output: OutputFolder(fixture.out))
    #expect(handle.airings(from: "2026-01-01", through: "2026-12-31").isEmpty)
    let database = fixture.out.appendingPathComponent("loa.sqlite")
    #expect(!FileManager.default.fileExists(atPath: database.path))
    // Once `loa air` has created the log, the same handle reads it.
    try FileManager.default.createDirectory(at: fixture.out, withIntermediateDirectories: true)
    try fixture.logAirings([
      Airing(
        date: "2026-11-30", slot: "sang", kind: .program, file: "0600-sang.wav", sha256: "ab",
        scheduledAt: "2026-11-30T06:00:00+07:00", status: .missed)
    ])
    #expect(handle.airings(from: "2026-11-30", through: "2026-11-30").map(\.status) == [.missed])
  }
}
