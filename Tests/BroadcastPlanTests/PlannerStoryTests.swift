import BroadcastPlan
import Testing

/// The planner, told as the operator of Hải Hưng would tell it.
@Suite("Planner stories")
struct PlannerStoryTests {
  /// The mini fixture with every text lasting exactly 15 s and a 90 s morning slot, so the
  /// stories do not depend on the estimator.
  static func station() throws -> Planner {
    let loaded = try Fixtures.load("hai-hung-mini/schedule.yaml")
    var schedule = try #require(loaded.schedule)
    schedule.slots[0].lengthSeconds = 90
    return Planner(
      schedule: schedule, scripts: loaded.scripts, timing: ProgramTiming(knownSeconds: { _ in 15 }))
  }

  static func program(_ plan: Plan, _ date: String, _ slot: String) -> Program? {
    plan.programs.first { $0.date == Fixtures.day(date) && $0.slot.id == slot }
  }

  @Test(
    "an emergency announcement on 5 December pushes the lowest-priority bulletin out of the morning slot, and the plan says so"
  )
  func emergencyPushesOut() throws {
    let plan = try Self.station().plan(
      from: Fixtures.day("2026-12-05"), through: Fixtures.day("2026-12-05"))
    let morning = try #require(Self.program(plan, "2026-12-05", "sang"))
    #expect(morning.items.map(\.kind) == [.opening, .announcement, .bulletin, .bulletin, .closing])
    #expect(morning.items[1].priority == .emergency)
    #expect(morning.items[1].title == "Thông báo khẩn về phòng chống bão")
    #expect(morning.items[2].priority == .priority)
    #expect(morning.dropped.count == 1)
    let dropped = try #require(morning.dropped.first)
    #expect(dropped.item.priority == .normal)
    #expect(dropped.item.campaignID == "luat-ai")
    #expect(dropped.reason.hasSuffix("nhường chỗ cho tin khẩn cấp"))
    #expect(morning.plannedSeconds <= 90)
  }

  @Test("without the announcement the same morning airs all three bulletins")
  func sundayFits() throws {
    let plan = try Self.station().plan(
      from: Fixtures.day("2026-12-06"), through: Fixtures.day("2026-12-06"))
    let morning = try #require(Self.program(plan, "2026-12-06", "sang"))
    #expect(morning.contentItems.count == 3)
    #expect(morning.dropped.isEmpty)
  }

  @Test("the Tết off days have no programs")
  func tet() throws {
    let plan = try Self.station().plan(
      from: Fixtures.day("2027-02-13"), through: Fixtures.day("2027-02-21"))
    #expect(
      Set(plan.programs.map(\.date)) == [Fixtures.day("2027-02-13"), Fixtures.day("2027-02-21")])
    #expect(plan.offDays == (14...20).map { Fixtures.day("2027-02-\($0)") })
    #expect(PlanTableRenderer().render(plan).contains("Ngày nghỉ: không phát."))
  }

  @Test("a new script added to a running campaign airs within the next days")
  func newScriptAirs() throws {
    let base = try Self.station()
    var scripts = base.scripts
    let added = Script(
      path: "scripts/luat-ai/04-moi.txt", title: "Bản tin mới", approvedBy: "Nguyễn Văn A",
      validity: Fixtures.day("2026-12-08")...Fixtures.day("2026-12-31"),
      paragraphs: ["Nội dung mới."])
    scripts.scripts[added.path] = added
    scripts.campaignScripts["luat-ai", default: []].append(added.path)
    let planner = Planner(schedule: base.schedule, scripts: scripts, timing: base.timing)
    let plan = planner.plan(from: Fixtures.day("2026-12-08"), through: Fixtures.day("2026-12-09"))
    let first = plan.programs.filter { $0.date == Fixtures.day("2026-12-08") }
    #expect(first.flatMap(\.items).contains { $0.script == added.path })
    let before = planner.plan(from: Fixtures.day("2026-12-01"), through: Fixtures.day("2026-12-07"))
    #expect(!before.programs.flatMap(\.items).contains { $0.script == added.path })
  }

  @Test("a slot with nothing to air gets no program, and the plan says so")
  func idleSlot() throws {
    // 4 January 2027 is a Monday; the afternoon slot only carries the AI-law campaign, which ended.
    let plan = try Self.station().plan(
      from: Fixtures.day("2027-01-04"), through: Fixtures.day("2027-01-04"))
    #expect(Self.program(plan, "2027-01-04", "chieu") == nil)
    #expect(plan.idleSlots.map(\.slot.id) == ["chieu"])
    #expect(plan.idleSlots.first?.reason == "không có bản tin nào để phát")
    #expect(
      PlanTableRenderer().render(plan).contains("17:00  Bản tin chiều — không có chương trình"))
  }

  @Test("per_day spreads over the campaign's slots on days both air")
  func spread() throws {
    // 2 December 2026 is a Wednesday: both slots air.
    let plan = try Self.station().plan(
      from: Fixtures.day("2026-12-02"), through: Fixtures.day("2026-12-02"))
    let morning = try #require(Self.program(plan, "2026-12-02", "sang"))
    let afternoon = try #require(Self.program(plan, "2026-12-02", "chieu"))
    #expect(morning.contentItems.filter { $0.campaignID == "luat-ai" }.count == 1)
    #expect(afternoon.contentItems.map(\.campaignID) == ["luat-ai"])
  }

  @Test("the opening names the station, the weekday and the date")
  func opening() {
    let schedule = Schedule(
      station: "Đài truyền thanh xã Hải Hưng",
      opening: "{station} xin kính chào bà con. Hôm nay, {weekday} ngày {date}.",
      closing: "Xin cảm ơn bà con.",
      slots: [Slot(id: "sang", name: "Sáng", at: TimeOfDay.parse("06:00")!, lengthSeconds: 600)],
      announcements: [
        Announcement(
          date: Fixtures.day("2026-12-02"), slotID: "sang", script: ScriptSource(path: "a.txt"))
      ])
    let library = ScriptLibrary(scripts: ["a.txt": Fixtures.script("a.txt", words: 20)])
    let plan = Planner(schedule: schedule, scripts: library)
      .plan(from: Fixtures.day("2026-12-02"), through: Fixtures.day("2026-12-02"))
    #expect(
      plan.programs.first?.items.first?.text
        == "Đài truyền thanh xã Hải Hưng xin kính chào bà con. Hôm nay, thứ Tư ngày 02/12/2026.")
  }

  @Test("announce_titles reads each title as its own line before the body")
  func titles() throws {
    let base = try Self.station()
    var schedule = base.schedule
    schedule.announceTitles = true
    let plan = Planner(schedule: schedule, scripts: base.scripts, timing: base.timing)
      .plan(from: Fixtures.day("2026-12-05"), through: Fixtures.day("2026-12-05"))
    let item = try #require(plan.programs.first?.items[1])
    #expect(item.text.hasPrefix("Thông báo khẩn về phòng chống bão\n\nThông báo khẩn! Bão"))
  }

  @Test(
    "exact durations replace estimates; the layout is intro, gap, opening, gap, items, gap, closing"
  )
  func layout() throws {
    let loaded = try Fixtures.load("hai-hung-mini/schedule.yaml")
    let schedule = try #require(loaded.schedule)
    let planner = Planner(
      schedule: schedule, scripts: loaded.scripts,
      timing: ProgramTiming(knownSeconds: { $0.hasPrefix("Thông báo khẩn!") ? 12.25 : nil }))
    let plan = planner.plan(from: Fixtures.day("2026-12-01"), through: Fixtures.day("2026-12-07"))
    let announcement = try #require(
      plan.programs.flatMap(\.items).first { $0.kind == .announcement })
    #expect(announcement.seconds == 12.25)
    #expect(!announcement.isEstimated)
    for program in plan.programs {
      #expect(program.items.first?.start == 2.5 + 1.5)
      for (previous, next) in zip(program.items, program.items.dropFirst()) {
        #expect(abs(next.start - (previous.start + previous.seconds + 1.5)) < 1e-9)
      }
      let last = try #require(program.items.last)
      #expect(abs(program.plannedSeconds - (last.start + last.seconds)) < 1e-9)
      #expect(program.plannedSeconds <= Double(program.lengthSeconds))
    }
  }
}
