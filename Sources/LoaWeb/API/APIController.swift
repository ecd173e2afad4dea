import BroadcastPlan
import Foundation
import Hummingbird
import LoaAir
import LoaStudio

/// The JSON API, mirroring the CLI: `/api/plan`, `/api/check`, `/api/report`, `/api/status`.
struct APIController: Sendable {
  let station: Station

  func addRoutes(to router: Router<WebRequestContext>) {
    router.get("/api/plan") { request, _ in try plan(request) }
    router.get("/api/check") { _, _ in try check() }
    router.get("/api/report") { request, _ in try report(request) }
    router.get("/api/status") { _, _ in try status() }
  }

  /// `loa plan --format json --from F --days N`.
  func plan(_ request: Request) throws -> Response {
    let query = request.uri.queryParameters
    let today = station.today
    let (from, days) = try Self.period(
      from: query.get("from"), days: query.get("days"), today: today, maxDays: 3660)
    let workspace = try station.workspace()
    guard !workspace.hasErrors else {
      throw PageError.badRequest(
        PlanError.invalidSchedule(
          path: station.configuration.schedulePath,
          errorCount: workspace.errorCount
        ).description)
    }
    let text = try station.answers.value(key: station.answerKey("api/plan#\(from)#\(days)")) {
      PlanFormat.json.render(try station.plan(workspace, from: from, days: days))
    }
    return JSONResponse.make(text: text)
  }

  /// `{"diagnostics": [{"file","line","column","severity","message"}], "errors", "warnings"}`.
  func check() throws -> Response {
    let diagnostics = try station.checkDiagnostics()
    let value = JSONValue.object([
      (
        "diagnostics",
        .array(
          diagnostics.map {
            .object([
              ("file", .string($0.file)), ("line", .integer($0.line)),
              ("column", .integer($0.column)),
              ("severity", .string($0.severity == .error ? "error" : "warning")),
              ("message", .string($0.message)),
            ])
          })
      ),
      ("errors", .integer(diagnostics.filter { $0.severity == .error }.count)),
      ("warnings", .integer(diagnostics.filter { $0.severity == .warning }.count)),
    ])
    return JSONResponse.make(value)
  }

  /// `loa report --format json --from F --to T` (or `?month=YYYY-MM`).
  func report(_ request: Request) throws -> Response {
    let query = request.uri.queryParameters
    let (from, through) = try ReportPeriod.resolve(
      month: query.get("month"), from: query.get("from"), to: query.get("to"),
      today: station.today)
    let report = try station.report(from: from, through: through)
    return JSONResponse.make(text: ReportFormat.json.render(report, station: ""))
  }

  /// Exactly what `loa status --format json` prints (``LoaAir/StationStatus``).
  func status() throws -> Response {
    let status = try station.status()
    return JSONResponse.make(text: status.json)
  }

  /// A start day and a day count from query text, with the CLI's messages.
  static func period(from: String?, days: String?, today: CalendarDay, maxDays: Int) throws
    -> (CalendarDay, Int)
  {
    var count = 7
    if let days, !days.isEmpty {
      guard let parsed = Int(days), (1...maxDays).contains(parsed) else {
        throw PageError.badRequest("số ngày phải từ 1 đến \(maxDays), không phải \(days)")
      }
      count = parsed
    }
    do {
      let start = try StationCalendar.resolve(
        from.flatMap { $0.isEmpty ? nil : $0 } ?? "today", today: today)
      return (start, count)
    } catch {
      throw PageError.badRequest(error.description)
    }
  }
}
