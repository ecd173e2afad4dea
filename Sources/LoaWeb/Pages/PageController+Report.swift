import BroadcastPlan
import Foundation
import Hummingbird
import LoaStudio

extension PageController {
  /// `/bao-cao?thang=YYYY-MM` or `?tu=&den=`: the report as an administrative document.
  func report(_ request: Request) throws -> Response {
    let query = request.uri.queryParameters
    let workspace = try? station.workspace()
    let today = station.today
    let (from, through) = try ReportPeriod.resolve(
      month: query.get("thang"), from: query.get("tu"), to: query.get("den"), today: today)
    let period = "tu=\(from)&den=\(through)"
    var data: [String: Any] = [
      "month": String(from.description.prefix(7)), "from": from.description,
      "to": through.description, "csvLink": "/bao-cao.csv?\(period)",
      "jsonLink": "/bao-cao.json?\(period)",
    ]
    do {
      let report = try station.report(from: from, through: through)
      data["report"] = document(report, station: station.stationName(workspace), today: today)
    } catch let error as StudioError {
      data["problem"] = "Chưa có số liệu: \(error.description)"
    }
    return page(
      "report", title: "Báo cáo", current: "/bao-cao", workspace: workspace, data)
  }

  /// `/bao-cao.csv` and `/bao-cao.json`: the same text as `loa report --format csv|json`.
  func reportDownload(_ request: Request, format: ReportFormat) throws -> Response {
    let query = request.uri.queryParameters
    let (from, through) = try ReportPeriod.resolve(
      month: query.get("thang"), from: query.get("tu"), to: query.get("den"), today: station.today)
    let report: BroadcastReport
    do {
      report = try station.report(from: from, through: through)
    } catch let error as StudioError {
      throw PageError(status: .notFound, message: error.description)
    }
    let station = self.station.stationName(try? self.station.workspace())
    let text = format.render(report, station: station)
    let type = format == .csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8"
    return Response(
      status: .ok,
      headers: [
        .contentType: type,
        .contentDisposition:
          "attachment; filename=\"bao-cao-\(from)-\(through).\(format.fileExtension)\"",
      ],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  /// The template data of the document.
  func document(_ report: BroadcastReport, station name: String, today: CalendarDay) -> [String:
    Any]
  {
    let place = Self.place(of: name)
    let aired = report.programs - report.scheduledPrograms
    var summary =
      "Từ ngày \(Self.display(report.from)) đến ngày \(Self.display(report.to)), \(name) đã thực hiện "
      + "\(report.programs) chương trình trong \(report.broadcastDays) ngày phát sóng, tổng thời lượng "
      + "\(Self.minutes(report.seconds)) phút"
    summary +=
      report.scheduledPrograms > 0
      ? " (\(aired) chương trình đã phát, \(report.scheduledPrograms) chương trình đã lên lịch)."
      : "."
    return [
      "issuerParent": place.map { "Ủy ban nhân dân xã \($0)" } ?? "Ủy ban nhân dân xã",
      "issuer": name,
      "number": "……/BC-ĐTT",
      "placeDate":
        "\(place ?? "……"), ngày \(today.day) tháng \(today.month) năm \(today.year)",
      "fromText": Self.display(report.from), "toText": Self.display(report.to),
      "summary": summary,
      "campaigns": report.campaigns.enumerated().map { index, campaign in
        [
          "index": index + 1, "title": campaign.title, "airings": campaign.airings,
          "distinct": campaign.distinctScripts, "minutes": Self.minutes(campaign.seconds),
        ] as [String: Any]
      },
      "slots": report.slots.enumerated().map { index, slot in
        [
          "index": index + 1, "name": slot.name, "programs": slot.programs,
          "minutes": Self.minutes(slot.seconds),
        ] as [String: Any]
      },
      "hasEmergencies": !report.emergencies.isEmpty,
      "emergencies": report.emergencies.enumerated().map { index, emergency in
        [
          "index": index + 1, "date": Self.display(emergency.date), "start": emergency.start,
          "title": emergency.title, "state": emergency.aired ? "đã phát" : "đã lên lịch",
        ] as [String: Any]
      },
      "recipients": [
        "Ủy ban nhân dân xã (để báo cáo)", "Phòng Văn hóa - Xã hội (để biết)", "Lưu: VT.",
      ],
      "signerTitle": "Trưởng đài",
      "signer": "",
    ]
  }

  /// "Hải Hưng" from "Đài truyền thanh xã Hải Hưng".
  static func place(of station: String) -> String? {
    for marker in [" xã ", " phường ", " thị trấn ", " đặc khu "] {
      if let range = station.range(of: marker, options: .backwards) {
        let place = station[range.upperBound...].trimmingCharacters(in: .whitespaces)
        if !place.isEmpty { return place }
      }
    }
    return nil
  }

  /// `2026-12-05` → `05/12/2026`.
  static func display(_ iso: String) -> String {
    CalendarDay.parse(iso)?.displayText ?? iso
  }

  /// Minutes with one decimal and a decimal comma (`12,5`), as the Markdown report writes them.
  static func minutes(_ seconds: Double) -> String {
    let tenths = Int((seconds / 6).rounded())
    return "\(tenths / 10),\(tenths % 10)"
  }
}
