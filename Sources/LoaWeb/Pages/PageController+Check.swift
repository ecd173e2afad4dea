import BroadcastPlan
import Foundation
import Hummingbird
import LoaStudio

extension PageController {
  /// `/kiem-tra`: every diagnostic of `loa check`, with the source line and a caret.
  func check() throws -> Response {
    let workspace = try? station.workspace()
    let diagnostics = try station.checkDiagnostics()
    var sources: [String: [Substring]] = [:]
    let rows = diagnostics.map { diagnostic -> [String: Any] in
      var row: [String: Any] = [
        "location": "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)",
        "severity": diagnostic.severity.label,
        "severityClass": diagnostic.severity == .error ? "error" : "warning",
        "message": diagnostic.message,
      ]
      if sources[diagnostic.file] == nil {
        let text = FileManager.default.contents(atPath: diagnostic.file)
          .flatMap { String(data: $0, encoding: .utf8) }
        sources[diagnostic.file] =
          text?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
      }
      let lines = sources[diagnostic.file] ?? []
      if diagnostic.line >= 1, diagnostic.line <= lines.count {
        let line = String(lines[diagnostic.line - 1]).replacingOccurrences(of: "\r", with: "")
          .replacingOccurrences(of: "\t", with: " ")
        row["source"] = line
        row["caret"] = String(repeating: " ", count: max(0, diagnostic.column - 1)) + "^"
      }
      return row
    }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    let data: [String: Any] = [
      "schedule": station.configuration.schedulePath, "diagnostics": rows,
      "summary": "\(errors) lỗi, \(warnings) cảnh báo.",
    ]
    return page("check", title: "Kiểm tra", current: "/kiem-tra", workspace: workspace, data)
  }

  /// `/nhat-ky?ngay=YYYY-MM-DD`: the airings log of a day.
  func log(_ request: Request) throws -> Response {
    let workspace = try? station.workspace()
    let text = request.uri.queryParameters.get("ngay").flatMap { $0.isEmpty ? nil : $0 }
    let day: CalendarDay
    do {
      day = try StationCalendar.resolve(text ?? "today", today: station.today)
    } catch {
      throw PageError.badRequest(error.description)
    }
    let airings = station.airings(from: day, through: day).map { airing -> [String: Any] in
      [
        "slot": workspace?.schedule?.slot(id: airing.slot)?.name ?? airing.slot,
        "kind": airing.kind == .emergency ? "khẩn cấp" : "chương trình",
        "file": airing.file, "scheduled": ClockText.time(iso: airing.scheduledAt),
        "started": ClockText.time(iso: airing.startedAt),
        "ended": ClockText.time(iso: airing.endedAt),
        "played": airing.startedAt == nil ? "" : ClockText.duration(airing.playedSeconds),
        "status": Self.statusLabel(airing.status), "output": airing.output, "note": airing.note,
      ]
    }
    let data: [String: Any] = [
      "date": day.description, "dateText": ClockText.dayHeading(day), "airings": airings,
      "hasAirings": !airings.isEmpty,
    ]
    return page("log", title: "Nhật ký phát", current: "/nhat-ky", workspace: workspace, data)
  }

  /// The Vietnamese word for an airing status.
  static func statusLabel(_ status: Airing.Status) -> String {
    switch status {
    case .aired: "đã phát"
    case .late: "phát muộn"
    case .missed: "bỏ lỡ"
    case .onAir: "đang phát"
    case .interrupted: "bị ngắt"
    case .failed: "lỗi"
    }
  }
}
