@testable import BroadcastPlan
import Foundation
import Testing

@Suite("Plan output: JSON and iCalendar")
struct PlanOutputTests {
  static func plan() throws -> Plan {
    try PlannerStoryTests.station()
      .plan(from: Fixtures.day("2026-12-04"), through: Fixtures.day("2026-12-06"))
  }

  @Test("JSON has the shape of issue 4")
  func jsonShape() throws {
    let data = Data(PlanJSONRenderer().render(try Self.plan()).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["station"] as? String == "Đài truyền thanh xã Hải Hưng")
    #expect(root["warnings"] is [Any])
    let programs = try #require(root["programs"] as? [[String: Any]])
    #expect(programs.count == 4)
    let saturday = try #require(programs.first { $0["date"] as? String == "2026-12-05" })
    #expect(
      Set(saturday.keys).isSuperset(of: [
        "date", "slot", "name", "start", "length_seconds", "planned_seconds", "items", "dropped",
      ]))
    #expect(saturday["slot"] as? String == "sang")
    #expect(saturday["start"] as? String == "06:00")
    #expect(saturday["length_seconds"] as? Int == 90)
    let items = try #require(saturday["items"] as? [[String: Any]])
    #expect(
      items.map { $0["kind"] as? String } == [
        "opening", "announcement", "bulletin", "bulletin", "closing",
      ])
    #expect(items[0]["start"] as? String == "06:00:04")
    #expect(items[1]["priority"] as? String == "emergency")
    #expect(items[0]["script"] is NSNull)
    #expect(items[2]["campaign"] as? String == "lua-dao")
    #expect(items[2]["seconds"] as? Double == 15)
    let dropped = try #require(saturday["dropped"] as? [[String: Any]])
    #expect(dropped.count == 1)
    #expect(Set(dropped[0].keys) == ["title", "script", "campaign", "priority", "reason"])
  }

  @Test("iCalendar: CRLF, folded lines of at most 75 octets, one event per program")
  func ics() throws {
    let text = PlanICSRenderer().render(try Self.plan())
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    let lines = text.components(separatedBy: "\r\n").dropLast()
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4)
    // 06:00 in Hải Phòng is 23:00 UTC the day before.
    #expect(lines.contains("DTSTART:20261204T230000Z"))
    #expect(lines.contains("UID:2026-12-05-sang@loa"))
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
    #expect(unfolded.contains("06:00:04 Lời chào"))
    #expect(unfolded.contains("Thông báo khẩn về phòng chống bão"))
  }

  @Test(
    "folding never splits a UTF-8 character",
    arguments: [String(repeating: "ế", count: 100), String(repeating: "a", count: 200), "ngắn"])
  func folding(line: String) {
    let folded = PlanICSRenderer.fold(line)
    #expect(folded.allSatisfy { $0.utf8.count <= 75 })
    #expect(
      folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }
        .joined() == line)
  }
}
