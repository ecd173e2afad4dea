import LoaTestSupport
import BroadcastPlan
import Testing

@Suite("CalendarDay")
struct CalendarDayTests {
  @Test(
    "parses real dates and rejects others",
    arguments: [
      ("a plain date", "2026-12-05", "2026-12-05"),
      ("a leap day", "2028-02-29", "2028-02-29"),
      ("month 13", "2026-13-01", nil),
      ("30 February", "2026-02-30", nil),
      ("29 February in a common year", "2026-02-29", nil),
      ("slashes", "05/12/2026", nil),
      ("missing zero", "2026-1-05", nil),
      ("empty", "", nil),
    ] as [(String, String, String?)])
  func parse(label: String, text: String, expected: String?) {
    #expect(CalendarDay.parse(text)?.description == expected, "\(label)")
  }

  @Test(
    "knows the weekday",
    arguments: [
      ("1970-01-01", Weekday.thursday), ("2026-03-01", .sunday), ("2026-12-02", .wednesday),
      ("2026-12-05", .saturday), ("2027-02-17", .wednesday), ("2000-02-29", .tuesday),
    ])
  func weekday(text: String, expected: Weekday) {
    #expect(CalendarDay.parse(text)?.weekday == expected)
  }

  @Test("Vietnamese weekday names and written date")
  func names() {
    let day = Fixtures.day("2026-12-02")
    #expect(day.weekday.vietnameseName == "thứ Tư")
    #expect(Fixtures.day("2026-12-06").weekday.vietnameseName == "Chủ nhật")
    #expect(day.displayText == "02/12/2026")
  }

  @Test("day numbers round-trip and adding days is consistent (seeded)")
  func roundTrip() {
    var random = SeededGenerator(seed: 42)
    for _ in 0..<2000 {
      let number = Int.random(in: -200_000...200_000, using: &random)
      let day = CalendarDay(dayNumber: number)
      #expect(day.dayNumber == number)
      #expect(CalendarDay.parse(day.description) == day)
      let offset = Int.random(in: -400...400, using: &random)
      #expect(day.adding(days: offset).dayNumber == number + offset)
      #expect(day.days(until: day.adding(days: offset)) == offset)
      #expect((day < day.adding(days: 1)))
    }
  }

  @Test(
    "resolves today, tomorrow and dates in the station's time zone",
    arguments: [
      ("today", "2026-12-01"), ("tomorrow", "2026-12-02"), ("2027-01-05", "2027-01-05"),
    ])
  func resolve(text: String, expected: String) throws {
    let today = Fixtures.day("2026-12-01")
    #expect(try StationCalendar.resolve(text, today: today).description == expected)
  }

  @Test("rejects a bad date argument with a Vietnamese message")
  func resolveBad() {
    #expect(throws: PlanError.invalidDate("mai")) {
      try StationCalendar.resolve("mai", today: Fixtures.day("2026-12-01"))
    }
    #expect(PlanError.invalidDate("mai").description.contains("ngày không hợp lệ 'mai'"))
  }

  @Test(
    "the station day is UTC+7",
    arguments: [
      // 2026-11-30T16:59:59Z is 23:59:59 in Hải Phòng; one second later it is 1 December.
      (1_796_057_999.0, "2026-11-30"), (1_796_058_000.0, "2026-12-01"),
    ])
  func stationDay(unix: Double, expected: String) {
    #expect(StationCalendar.day(atUnixTime: unix).description == expected)
  }
}
