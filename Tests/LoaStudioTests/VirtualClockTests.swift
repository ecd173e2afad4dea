import BroadcastPlan
import Foundation
import LoaStudio
import Testing

/// The rehearsal clock moves only while waited on, by exactly the time waited.
@Suite("Virtual clock")
struct VirtualClockTests {
  static let origin = StationInstant.parse("2026-12-01T05:59:30+07:00")!

  @Test("work takes no station time: without a wait the clock shows its origin")
  func standsStillWhileWorking() {
    let clock = VirtualClock(origin: Self.origin, speed: 1000)
    var sum = 0.0
    for index in 0..<200_000 { sum += Double(index).squareRoot() }
    #expect(sum > 0)
    Thread.sleep(forTimeInterval: 0.02)
    #expect(clock.now() == Self.origin)
  }

  @Test("a wait ends at its deadline exactly, however late the sleeper wakes")
  func waitsExactly() {
    let clock = VirtualClock(origin: Self.origin, speed: 50)
    let deadline = Self.origin.adding(seconds: 30)
    let started = Date()
    clock.wait(until: deadline, atMostRealSeconds: 10)
    let real = Date().timeIntervalSince(started)
    #expect(clock.now() == deadline)
    #expect(real >= 30.0 / 50 - 0.01, "a station second takes 1/speed real seconds: \(real)")
    // Waiting for an instant already passed does nothing.
    clock.wait(until: Self.origin, atMostRealSeconds: 10)
    #expect(clock.now() == deadline)
  }

  @Test("a wait capped in real seconds moves the clock by the cap times the speed")
  func cappedWait() {
    let clock = VirtualClock(origin: Self.origin, speed: 20)
    clock.wait(until: Self.origin.adding(seconds: 3600), atMostRealSeconds: 0.05)
    #expect(clock.now() == Self.origin.adding(seconds: 1))
  }
}
