import Foundation
import Testing

@testable import LoaStudio

@Suite("Periodic report")
struct BroadcastReportTests {
  static func item(
    _ kind: String, _ title: String, script: String? = nil, campaign: String? = nil,
    priority: String = "normal", seconds: Double
  ) -> AsRunItem {
    AsRunItem(
      kind: kind, title: title, script: script, campaign: campaign,
      campaignTitle: campaign.map { "Chiến dịch \($0)" }, priority: priority, start: "06:00:05",
      offsetSeconds: 4, seconds: seconds)
  }

  static func program(_ date: String, _ slot: String, items: [AsRunItem]) -> AsRunProgram {
    AsRunProgram(
      date: date, slot: slot, slotName: slot == "sang" ? "Bản tin sáng" : "Bản tin chiều",
      start: slot == "sang" ? "06:00" : "17:00",
      scheduledAt: "\(date)T\(slot == "sang" ? "06:00" : "17:00"):00+07:00", file: "\(date)/x.wav",
      seconds: items.reduce(0) { $0 + $1.seconds } + 10, sha256: "00",
      producedAt: "2026-11-29T00:00:00Z",
      items: items)
  }

  static let log: [AsRunProgram] = [
    program(
      "2026-12-01", "sang",
      items: [
        item("opening", "Mở đầu", seconds: 8),
        item("bulletin", "Luật AI", script: "luat-ai/01.txt", campaign: "luat-ai", seconds: 60),
        item("bulletin", "Lừa đảo", script: "lua-dao/01.txt", campaign: "lua-dao", seconds: 70),
        item("closing", "Kết thúc", seconds: 6),
      ]),
    program(
      "2026-12-01", "chieu",
      items: [
        item("bulletin", "Luật AI 2", script: "luat-ai/02.txt", campaign: "luat-ai", seconds: 50)
      ]),
    program(
      "2026-12-05", "sang",
      items: [
        item(
          "announcement", "Họp thôn", script: "thong-bao/hop.txt", priority: "emergency",
          seconds: 40),
        item("bulletin", "Luật AI", script: "luat-ai/01.txt", campaign: "luat-ai", seconds: 60),
      ]),
    program(
      "2026-12-20", "sang",
      items: [
        item("bulletin", "Lừa đảo", script: "lua-dao/01.txt", campaign: "lua-dao", seconds: 70)
      ]),
  ]

  @Test("per campaign: airings, distinct bulletins and seconds")
  func campaigns() {
    let report = BroadcastReport(
      from: "2026-12-01", to: "2026-12-31", today: "2026-12-10", programs: Self.log)
    #expect(report.campaigns.map(\.id) == ["luat-ai", "lua-dao"])
    #expect(report.campaigns[0].airings == 3)
    #expect(report.campaigns[0].distinctScripts == 2)
    #expect(report.campaigns[0].seconds == 170)
    #expect(report.campaigns[1].airings == 2)
    #expect(report.campaigns[1].distinctScripts == 1)
    #expect(report.campaigns[0].title == "Chiến dịch luat-ai")
  }

  @Test("totals, broadcast days, slots and the scheduled part after today")
  func totals() {
    let report = BroadcastReport(
      from: "2026-12-01", to: "2026-12-31", today: "2026-12-10", programs: Self.log)
    #expect(report.programs == 4)
    #expect(report.broadcastDays == 3)
    #expect(report.scheduledPrograms == 1)
    #expect(report.seconds == Self.log.reduce(0) { $0 + $1.seconds })
    #expect(report.slots.map(\.id) == ["sang", "chieu"])
    #expect(report.slots[0].programs == 3)
    #expect(report.emergencies.count == 1)
    #expect(report.emergencies.first?.aired == false, "nothing confirmed it aired")
    #expect(report.emergencies.first?.date == "2026-12-05")
    #expect(report.basis == .production)
  }

  @Test("the range filters programs")
  func range() {
    let report = BroadcastReport(
      from: "2026-12-02", to: "2026-12-06", today: "2026-12-10", programs: Self.log)
    #expect(report.programs == 1)
    #expect(report.campaigns.map(\.id) == ["luat-ai"])
  }

  @Test("Markdown starts with a Vietnamese heading and a summary sentence")
  func markdown() {
    let report = BroadcastReport(
      from: "2026-12-01", to: "2026-12-31", today: "2026-12-10", programs: Self.log)
    let text = ReportFormat.md.render(report, station: "Đài truyền thanh xã Hải Hưng")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "# Báo cáo kết quả phát thanh — Đài truyền thanh xã Hải Hưng")
    #expect(
      lines[2].hasPrefix(
        "Từ ngày 01/12/2026 đến ngày 31/12/2026: đã tạo tệp để phát 3 chương trình trong 3 ngày"))
    #expect(lines[2].contains("1 chương trình đã lên lịch"))
    #expect(text.contains("| Chiến dịch luat-ai | 3 | 2 | 2,8 |"))
    #expect(!text.contains("đã phát"), "production only: no wording may claim an airing")
    #expect(text.contains("Loa không ghi nhận việc phát sóng"))
  }

  static func airing(_ date: String, _ slot: String, _ status: Airing.Status) -> Airing {
    Airing(
      date: date, slot: slot, kind: .program, file: "\(date)/x.wav", sha256: "00",
      scheduledAt: "\(date)T06:00:00+07:00", playedSeconds: status == .interrupted ? 12 : 60,
      status: status)
  }

  @Test("with airings: only confirmed airings count; the rest is listed as not aired")
  func fromAirings() {
    let dates = Self.log.map { "\($0.date) \($0.slot)" }
    #expect(dates == ["2026-12-01 sang", "2026-12-01 chieu", "2026-12-05 sang", "2026-12-20 sang"])
    let airings = [
      Self.airing("2026-12-01", "sang", .interrupted), Self.airing("2026-12-01", "sang", .late),
      Self.airing("2026-12-01", "chieu", .missed),
      Airing(
        date: "2026-12-03", slot: "khan", kind: .emergency, file: ".air/queue/1.wav",
        sha256: "1", scheduledAt: "2026-12-03T09:00:00+07:00",
        startedAt: "2026-12-03T09:00:01.000+07:00", status: .aired, note: "Bão số 9"),
    ]
    let report = BroadcastReport(
      from: "2026-12-01", to: "2026-12-31", today: "2026-12-10", programs: Self.log,
      airings: airings)
    #expect(report.basis == .airings)
    #expect(report.outcomes.aired == 1 && report.outcomes.late == 1)
    #expect(report.outcomes.missed == 1 && report.outcomes.notAired == 1)
    #expect(report.programs == 2, "one aired, one scheduled")
    #expect(report.notAired.map(\.status) == ["missed", "not_aired"])
    #expect(report.emergencies.map(\.title) == ["Bão số 9"])
    #expect(report.emergencies.first?.aired == true)
    let text = ReportFormat.md.render(report, station: "x")
    #expect(text.contains("1 chương trình đã phát trọn vẹn"))
    #expect(text.contains("1 chương trình phát muộn"))
    #expect(text.contains("| 01/12/2026 | chieu | 2026-12-01/x.wav | bỏ lỡ | 60 |"))
    #expect(text.contains("| 05/12/2026 | sang | 2026-12-05/x.wav | không phát | 0 |"))
  }

  @Test("CSV has a BOM, CRLF rows and quotes fields with commas")
  func csv() {
    let report = BroadcastReport(
      from: "2026-12-01", to: "2026-12-31", today: "2026-12-10", programs: Self.log)
    let text = ReportFormat.csv.render(report, station: "x")
    #expect(text.hasPrefix("\u{FEFF}Mục,Mã,Tên,"))
    #expect(text.contains("\r\nChiến dịch,luat-ai,Chiến dịch luat-ai,3,2,,2.8\r\n"))
  }

  @Test("JSON carries the documented keys")
  func json() throws {
    let report = BroadcastReport(
      from: "2026-12-01", to: "2026-12-31", today: "2026-12-10", programs: Self.log)
    let data = Data(ReportFormat.json.render(report, station: "x").utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["from", "to", "programs", "seconds", "campaigns", "slots", "emergencies"] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let campaigns = try #require(object["campaigns"] as? [[String: Any]])
    #expect(Set(campaigns[0].keys) == ["id", "title", "airings", "distinct_scripts", "seconds"])
  }
}
