import Foundation

/// The text forms of a ``BroadcastReport``.
enum ReportText {
  /// Markdown for the commune People's Committee: summary sentence, then tables.
  static func markdown(_ report: BroadcastReport, station: String) -> String {
    let aired = report.programs - report.scheduledPrograms
    var lines = [
      "# Báo cáo kết quả phát thanh — \(station)",
      "",
      "Từ ngày \(displayDate(report.from)) đến ngày \(displayDate(report.to)): "
        + "\(report.programs) chương trình trong \(report.broadcastDays) ngày phát sóng, "
        + "tổng thời lượng \(minutes(report.seconds)) phút"
        + (report.scheduledPrograms > 0
          ? " (\(aired) chương trình đã phát, \(report.scheduledPrograms) chương trình đã lên lịch)."
          : "."),
      "",
      "## Theo chiến dịch tuyên truyền",
      "",
      "| Chiến dịch | Số lần phát | Số bản tin khác nhau | Số phút |",
      "|---|---:|---:|---:|",
    ]
    lines += report.campaigns.map {
      "| \($0.title) | \($0.airings) | \($0.distinctScripts) | \(minutes($0.seconds)) |"
    }
    lines += [
      "", "## Theo khung giờ", "", "| Khung giờ | Số chương trình | Số phút |", "|---|---:|---:|",
    ]
    lines += report.slots.map { "| \($0.name) | \($0.programs) | \(minutes($0.seconds)) |" }
    lines += ["", "## Thông báo khẩn cấp", ""]
    if report.emergencies.isEmpty {
      lines.append("Không có thông báo khẩn cấp trong kỳ.")
    } else {
      lines += report.emergencies.map {
        "- \(displayDate($0.date)) \($0.start): \($0.title)" + ($0.aired ? "" : " (đã lên lịch)")
      }
    }
    lines += ["", "_Âm thanh được tạo bằng giọng nói tổng hợp (Luật Trí tuệ nhân tạo, Điều 11)._"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// One table: section, id, name, airings, distinct bulletins, programs, minutes.
  static func csv(_ report: BroadcastReport) -> String {
    var rows = [
      ["Mục", "Mã", "Tên", "Số lần phát", "Số bản tin khác nhau", "Số chương trình", "Số phút"]
    ]
    rows.append([
      "Tổng", "", "Từ \(report.from) đến \(report.to)", "", "", "\(report.programs)",
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
