import LoaTestSupport
import BroadcastPlan
import Testing

/// Properties over seeded random schedules (repeatable: the seeds are fixed).
@Suite("Planner properties")
struct PlannerPropertyTests {
  static let seeds: [UInt64] = Array(1...40)
  static let from = RandomSchedule.start
  static let through = RandomSchedule.start.adding(days: 119)

  @Test("no program exceeds its length", arguments: seeds)
  func neverTooLong(seed: UInt64) {
    let (schedule, library) = RandomSchedule.make(seed: seed, ample: false)
    let plan = Planner(schedule: schedule, scripts: library).plan(
      from: Self.from, through: Self.through)
    for program in plan.programs {
      #expect(program.plannedSeconds <= Double(program.lengthSeconds) + 1e-9)
      #expect(!program.contentItems.isEmpty)
    }
  }

  @Test(
    "every script of a campaign airs within ⌈scripts ÷ per_day⌉ broadcast days", arguments: seeds)
  func fairRotation(seed: UInt64) {
    let (schedule, library) = RandomSchedule.make(seed: seed, ample: true)
    let plan = Planner(schedule: schedule, scripts: library).plan(
      from: Self.from, through: Self.through)
    #expect(plan.allDropped.isEmpty)
    for campaign in schedule.campaigns {
      let scripts = Set(library.campaignScripts[campaign.id] ?? [])
      var byDay: [CalendarDay: Set<String>] = [:]
      for program in plan.programs {
        for item in program.items where item.campaignID == campaign.id {
          byDay[program.date, default: []].insert(item.script ?? "")
        }
      }
      let days = byDay.keys.sorted()
      let window = (scripts.count + campaign.perDay - 1) / campaign.perDay
      guard days.count >= window else { continue }
      for start in 0...(days.count - window) {
        let aired = days[start..<(start + window)].reduce(into: Set<String>()) {
          $0.formUnion(byDay[$1]!)
        }
        #expect(aired == scripts, "seed \(seed), \(campaign.id) from \(days[start])")
      }
    }
  }

  @Test("no script twice a day unless its campaign is too small", arguments: seeds)
  func noRepeats(seed: UInt64) {
    let (schedule, library) = RandomSchedule.make(seed: seed, ample: false)
    let plan = Planner(schedule: schedule, scripts: library).plan(
      from: Self.from, through: Self.through)
    for campaign in schedule.campaigns
    where (library.campaignScripts[campaign.id]?.count ?? 0) >= campaign.perDay {
      var seen: [CalendarDay: [String]] = [:]
      for program in plan.programs {
        for item in program.items where item.campaignID == campaign.id {
          seen[program.date, default: []].append(item.script ?? "")
        }
      }
      for (day, scripts) in seen {
        #expect(Set(scripts).count == scripts.count, "seed \(seed), \(campaign.id) on \(day)")
      }
    }
  }

  @Test("plan(a…b) equals plan(a…m) followed by plan(m+1…b)", arguments: seeds)
  func splits(seed: UInt64) {
    let (schedule, library) = RandomSchedule.make(seed: seed, ample: false)
    let planner = Planner(schedule: schedule, scripts: library)
    var random = SeededGenerator(seed: seed &* 7919)
    let middle = Self.from.adding(days: Int.random(in: 0...118, using: &random))
    let whole = planner.plan(from: Self.from, through: Self.through)
    let first = planner.plan(from: Self.from, through: middle)
    let second = planner.plan(from: middle.adding(days: 1), through: Self.through)
    #expect(whole.programs == first.programs + second.programs)
    #expect(whole.idleSlots == first.idleSlots + second.idleSlots)
    #expect(whole.offDays == first.offDays + second.offDays)
  }

  @Test("the same inputs give the same plan", arguments: seeds.prefix(10))
  func deterministic(seed: UInt64) {
    let (schedule, library) = RandomSchedule.make(seed: seed, ample: false)
    let once = Planner(schedule: schedule, scripts: library).plan(
      from: Self.from, through: Self.through)
    let again = Planner(schedule: schedule, scripts: library).plan(
      from: Self.from, through: Self.through)
    #expect(once == again)
    #expect(PlanJSONRenderer().render(once) == PlanJSONRenderer().render(again))
  }
}
