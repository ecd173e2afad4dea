import Foundation

/// The text forms of a ``BroadcastReport``.
enum ReportText {
  /// Markdown for the commune People's Committee: summary sentence, then tables.
  static func markdown(_ report: BroadcastReport, station: String) -> String {
    let confirmed = report.basis == .airings
    let past = report.programs - report.scheduledPrograms
    let period = "Từ ngày \(displayDate(report.from)) đến ngày \(displayDate(report.to)): "
    let scheduled =
      report.scheduledPrograms > 0
      ? ", ngoài ra \(report.scheduledPrograms) chương trình đã lên lịch" : ""
    let summary =
      confirmed
      ? period + "\(past) chương trình đã phát trọn vẹn (nhật ký phát sóng của loa air"
        + (report.outcomes.late > 0 ? "; \(report.outcomes.late) chương trình phát muộn" : "")
        + ") trong \(report.broadcastDays) ngày, tổng thời lượng \(minutes(report.seconds)) phút"
        + scheduled + "."
      : period + "đã tạo tệp để phát \(past) chương trình trong \(report.broadcastDays) ngày, "
        + "tổng thời lượng \(minutes(report.seconds)) phút" + scheduled + "."
    let count = confirmed ? "Số lần phát" : "Số lần có trong tệp đã tạo"
    var lines = [
      "# Báo cáo kết quả phát thanh — \(station)", "", summary, "",
      "## Theo chiến dịch tuyên truyền", "",
      "| Chiến dịch | \(count) | Số bản tin khác nhau | Số phút |", "|---|---:|---:|---:|",
    ]
    lines += report.campaigns.map {
      "| \($0.title) | \($0.airings) | \($0.distinctScripts) | \(minutes($0.seconds)) |"
    }
    lines += [
      "", "## Theo khung giờ", "", "| Khung giờ | Số chương trình | Số phút |", "|---|---:|---:|",
    ]
    lines += report.slots.map { "| \($0.name) | \($0.programs) | \(minutes($0.seconds)) |" }
    if confirmed { lines += notAired(report) }
    lines += ["", "## Thông báo khẩn cấp", ""]
    if report.emergencies.isEmpty {
      lines.append("Không có thông báo khẩn cấp trong kỳ.")
    } else {
      lines += report.emergencies.map {
        let state = $0.aired ? "" : (confirmed ? " (chưa phát)" : " (đã tạo tệp)")
        return "- \(displayDate($0.date)) \($0.start): \($0.title)" + state
      }
    }
    if !confirmed {
      lines += [
        "",
        "_Loa không ghi nhận việc phát sóng (chương trình được phát bằng hệ thống khác): báo cáo "
          + "này chỉ cho biết các tệp đã được tạo để phát._",
      ]
    }
    lines += ["", "_Âm thanh được tạo bằng giọng nói tổng hợp (Luật Trí tuệ nhân tạo, Điều 11)._"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The section listing produced programs that did not air whole.
  private static func notAired(_ report: BroadcastReport) -> [String] {
    let outcomes = report.outcomes
    var lines = [
      "", "## Chương trình đã tạo nhưng không phát trọn vẹn", "",
      "Bị ngắt: \(outcomes.interrupted); bỏ lỡ (quá giờ): \(outcomes.missed); lỗi: "
        + "\(outcomes.failed); không có lần phát nào: \(outcomes.notAired).",
    ]
    if !report.notAired.isEmpty {
      lines += [
        "", "| Ngày | Khung giờ | Tệp | Tình trạng | Đã phát (giây) |", "|---|---|---|---|---:|",
      ]
      lines += report.notAired.map {
        "| \(displayDate($0.date)) | \($0.slot) | \($0.file) | \(statusText($0.status)) | "
          + "\(Int($0.playedSeconds.rounded())) |"
      }
    }
    return lines
  }

  /// The Vietnamese name of an airing status.
  static func statusText(_ status: String) -> String {
    switch status {
    case "missed": "bỏ lỡ"
    case "interrupted": "bị ngắt"
    case "failed": "lỗi"
    case "aired": "đã phát"
    case "late": "phát muộn"
    case "on_air": "đang phát"
    default: "không phát"
    }
  }

  /// One table: section, id, name, airings, distinct bulletins, programs, minutes.
  static func csv(_ report: BroadcastReport) -> String {
    var rows = [
      ["Mục", "Mã", "Tên", "Số lần phát", "Số bản tin khác nhau", "Số chương trình", "Số phút"]
    ]
    let basis = report.basis == .airings ? "đã phát (nhật ký loa air)" : "đã tạo tệp để phát"
    rows.append([
      "Tổng", "", "Từ \(report.from) đến \(report.to), \(basis)", "", "", "\(report.programs)",
      decimalMinutes(report.seconds),
    ])
    rows += report.campaigns.map {
      [
        "Chiến dịch", $0.id, $0.title, "\($0.airings)", "\($0.distinctScripts)", "",
        decimalMinutes($0.seconds),
      ]
    }
    rows += report.slots.map {
      ["Khung giờ", $0.id, $0.name, "", "", "\($0.programs)", decimalMinutes($0.seconds)]
    }
    rows += report.notAired.map {
      ["Không phát", $0.slot, "\($0.date) \($0.file) \(statusText($0.status))", "", "", "", ""]
    }
    rows += report.emergencies.map {
      ["Khẩn cấp", $0.slot, "\($0.date) \($0.start) \($0.title)", "1", "", "", ""]
    }
    let body = rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n")
    return "\u{FEFF}" + body + "\r\n"
  }

  /// Pretty-printed JSON with sorted keys.
  static func json(_ report: BroadcastReport) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Minutes with one decimal, decimal comma as in Vietnamese (`12,5`).
  static func minutes(_ seconds: Double) -> String {
    let tenths = Int((seconds / 6).rounded())
    return "\(tenths / 10),\(tenths % 10)"
  }

  /// Minutes with one decimal and a decimal point, for spreadsheets (`12.5`).
  static func decimalMinutes(_ seconds: Double) -> String {
    minutes(seconds).replacingOccurrences(of: ",", with: ".")
  }

  /// `2026-12-05` → `05/12/2026`.
  static func displayDate(_ iso: String) -> String {
    let parts = iso.split(separator: "-")
    guard parts.count == 3 else { return iso }
    return "\(parts[2])/\(parts[1])/\(parts[0])"
  }

  private static func csvField(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
