import BroadcastPlan
import Foundation
import LoaStudio
import Testing

@testable import LoaAir

/// The player's decisions, with instants given directly (an injected clock, no waiting).
@Suite("Playout rules")
struct PlayoutRulesTests {
  static let day = CalendarDay(year: 2026, month: 12, day: 9)!
  static let rules = PlayoutRules(lateGrace: 600)

  static func program(_ slot: String, _ time: String, on day: CalendarDay = day) -> AirProgram {
    let at = TimeOfDay.parse(time)!
    return AirProgram(
      date: day, slot: slot, name: slot, startsAt: StationInstant(day: day, time: at),
      seconds: 300, file: "\(day)/\(time.replacingOccurrences(of: ":", with: ""))-\(slot).wav",
      url: URL(fileURLWithPath: "/dev/null"), sha256: "x")
  }

  static func at(_ time: String, plus seconds: Double = 0, on day: CalendarDay = day)
    -> StationInstant
  {
    StationInstant(day: day, time: TimeOfDay.parse(time)!).adding(seconds: seconds)
  }

  static func airing(_ program: AirProgram, _ status: Airing.Status) -> Airing {
    Airing(
      date: program.date.description, slot: program.slot, kind: .program, file: program.file,
      sha256: program.sha256, scheduledAt: program.startsAt.description, status: status)
  }

  let sang = program("sang", "06:00")
  let chieu = program("chieu", "17:00")

  @Test("before the start: wait until the earliest start")
  func waits() {
    let decision = Self.rules.decide(
      programs: [chieu, sang], airings: [], now: Self.at("05:59", plus: 50))
    #expect(decision == .wait(until: sang.startsAt))
  }

  @Test("at the instant: play on time")
  func onTime() {
    #expect(
      Self.rules.decide(programs: [sang], airings: [], now: Self.at("06:00"))
        == .play(sang, lateBy: 0))
    #expect(
      Self.rules.decide(programs: [sang], airings: [], now: Self.at("06:00", plus: 0.9))
        == .play(sang, lateBy: 0))
  }

  @Test("late within the grace: play from the beginning, logged late with the delay")
  func lateWithinGrace() {
    #expect(
      Self.rules.decide(programs: [sang], airings: [], now: Self.at("06:03"))
        == .play(sang, lateBy: 180))
    #expect(Self.rules.finishedStatus(lateBy: 180) == .late)
    #expect(Self.rules.finishedStatus(lateBy: 0) == .aired)
  }

  @Test("the grace boundary: exactly 10 minutes plays, a moment later is missed")
  func graceBoundary() {
    #expect(
      Self.rules.decide(programs: [sang], airings: [], now: Self.at("06:10"))
        == .play(sang, lateBy: 600))
    #expect(
      Self.rules.decide(programs: [sang], airings: [], now: Self.at("06:10", plus: 0.001))
        == .miss(sang))
  }

  @Test("missed once, then the next program is awaited")
  func missedThenNext() {
    let now = Self.at("07:00")
    #expect(Self.rules.decide(programs: [sang, chieu], airings: [], now: now) == .miss(sang))
    #expect(
      Self.rules.decide(programs: [sang, chieu], airings: [Self.airing(sang, .missed)], now: now)
        == .wait(until: chieu.startsAt))
  }

  @Test("restart: a program aired or late is never played twice")
  func restartDeduplicates() {
    for status in [Airing.Status.aired, .late, .onAir] {
      #expect(
        Self.rules.decide(
          programs: [sang], airings: [Self.airing(sang, status)], now: Self.at("06:02"))
          == .wait(until: nil), "\(status)")
    }
  }

  @Test("interrupted or failed: played again while within the grace, left alone after")
  func replayWithinGrace() {
    for status in [Airing.Status.interrupted, .failed] {
      let history = [Self.airing(sang, status)]
      #expect(
        Self.rules.decide(programs: [sang], airings: history, now: Self.at("06:04"))
          == .play(sang, lateBy: 240))
      #expect(
        Self.rules.decide(programs: [sang], airings: history, now: Self.at("06:11"))
          == .wait(until: nil))
    }
  }

  @Test("midnight: a 23:58 program and tomorrow's 00:05 one, by instant")
  func midnight() {
    let late = Self.program("dem", "23:58")
    let tomorrow = Self.day.adding(days: 1)
    let early = Self.program("som", "00:05", on: tomorrow)
    let now = Self.at("00:01", on: tomorrow)
    #expect(
      Self.rules.decide(programs: [early, late], airings: [], now: now) == .play(late, lateBy: 180))
    #expect(
      Self.rules.decide(programs: [early, late], airings: [Self.airing(late, .late)], now: now)
        == .wait(until: early.startsAt))
  }

  @Test("instants are absolute: 06:00 in Hải Hưng is 23:00 UTC the day before")
  func absoluteInstants() {
    #expect(sang.startsAt.description == "2026-12-09T06:00:00+07:00")
    #expect(StationInstant.parse("2026-12-08T23:00:00Z") == sang.startsAt)
    #expect(StationInstant.parse("2026-12-09T05:59:50+07:00") == sang.startsAt.adding(seconds: -10))
    #expect(StationInstant.parse("2026-12-09T06:00:00") == nil)
  }

  @Test("an emergency's interruption: the program goes on from the start within the grace")
  func emergencyResume() {
    let history = [Self.airing(sang, .interrupted)]
    #expect(
      Self.rules.decide(programs: [sang, chieu], airings: history, now: Self.at("06:01", plus: 30))
        == .play(sang, lateBy: 90))
  }

  @Test("a schedule edited while running: a new program list is decided afresh")
  func editedSchedule() {
    let moved = Self.program("sang", "06:30")
    let history = [Airing]()
    #expect(
      Self.rules.decide(programs: [moved, chieu], airings: history, now: Self.at("06:05"))
        == .wait(until: moved.startsAt))
  }
}
