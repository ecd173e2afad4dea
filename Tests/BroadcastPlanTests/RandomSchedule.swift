import LoaTestSupport
import BroadcastPlan

/// Seeded random schedules for property tests.
enum RandomSchedule {
  static let start = CalendarDay.parse("2026-06-01")!

  /// A random schedule and its in-memory scripts.
  ///
  /// - Parameter ample: long slots, no announcements and no priorities, so that nothing is ever
  ///   dropped (for the rotation property).
  static func make(seed: UInt64, ample: Bool) -> (Schedule, ScriptLibrary) {
    var random = SeededGenerator(seed: seed)
    let hours = [6, 11, 17, 20].shuffled(using: &random).prefix(
      Int.random(in: 1...4, using: &random))
    let slots = hours.sorted().enumerated().map { index, hour in
      var days = Set(Weekday.allCases.filter { _ in Bool.random(using: &random) })
      if days.isEmpty { days = [.monday] }
      let length = ample ? 3600 : Int.random(in: 2...8, using: &random) * 60
      return Slot(
        id: "k\(index)", name: "Khung \(index)", at: TimeOfDay(minutes: hour * 60)!, days: days,
        lengthSeconds: length)
    }
    var library = ScriptLibrary()
    var campaigns: [Campaign] = []
    for c in 0..<Int.random(in: 1...5, using: &random) {
      let count = Int.random(in: 1...12, using: &random)
      let paths = (0..<count).map { "c\(c)/s\(String(format: "%02d", $0)).txt" }
      for path in paths {
        let words =
          ample ? Int.random(in: 10...40, using: &random) : Int.random(in: 20...220, using: &random)
        library.scripts[path] = Fixtures.script(path, words: words)
      }
      library.campaignScripts["c\(c)"] = paths.shuffled(using: &random)
      let from = start.adding(days: Int.random(in: 0...30, using: &random))
      let subset = slots.filter { _ in Bool.random(using: &random) }.map(\.id)
      campaigns.append(
        Campaign(
          id: "c\(c)", title: "Chiến dịch \(c)", scripts: [], from: from,
          until: from.adding(days: Int.random(in: 10...90, using: &random)),
          perDay: Int.random(in: 1...3, using: &random), slotIDs: subset.isEmpty ? nil : subset,
          priority: ample ? .normal : Priority.allCases.randomElement(using: &random)!))
    }
    var announcements: [Announcement] = []
    if !ample {
      for a in 0..<Int.random(in: 0...4, using: &random) {
        let path = "tb/\(a).txt"
        library.scripts[path] = Fixtures.script(
          path, words: Int.random(in: 20...120, using: &random))
        announcements.append(
          Announcement(
            date: start.adding(days: Int.random(in: 0...60, using: &random)),
            slotID: slots.randomElement(using: &random)!.id, script: ScriptSource(path: path),
            priority: Priority.allCases.randomElement(using: &random)!))
      }
    }
    let offStart = start.adding(days: Int.random(in: 0...90, using: &random))
    let offDays =
      Bool.random(using: &random)
      ? [
        OffDay(from: offStart, until: offStart.adding(days: Int.random(in: 0...6, using: &random)))
      ] : []
    let schedule = Schedule(
      station: "Đài thử", opening: "Xin chào bà con. Hôm nay là {weekday}.",
      closing: "Xin cảm ơn bà con.", slots: Array(slots), campaigns: campaigns,
      announcements: announcements, offDays: offDays)
    return (schedule, library)
  }
}
