import BroadcastPlan
import Foundation

/// `loa-bench plan`: 365 days of a schedule with 4 slots, 10 campaigns and 500 scripts
/// (generated in memory), planned in one call. Target: ≤ 50 ms in a release build.
enum PlanBenchmark {
  static let budgetMilliseconds = 50.0

  static func run() throws {
    let (schedule, library) = makeStation()
    let from = CalendarDay.parse("2026-01-01")!
    var planner = Planner(schedule: schedule, scripts: library)
    let setup = measure { planner = Planner(schedule: schedule, scripts: library) }
    _ = planner.plan(from: from, through: from.adding(days: 6))  // warm-up
    var times: [Double] = []
    var plan = Plan(station: "", from: from, through: from)
    for _ in 0..<7 {
      let start = DispatchTime.now().uptimeNanoseconds
      plan = planner.plan(from: from, through: from.adding(days: 364))
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    let items = plan.programs.reduce(0) { $0 + $1.contentItems.count }
    print("365 ngày, 4 khung giờ, 10 chiến dịch, 500 kịch bản")
    print(
      String(format: "  Planner.init (ước tính thời lượng 500 kịch bản, một lần): %.1f ms", setup))
    print(
      "  \(plan.programs.count) chương trình, \(items) bản tin, \(plan.allDropped.count) bị bỏ ra")
    print(
      String(
        format: "  lập lịch: trung vị %.1f ms, nhanh nhất %.1f ms (mục tiêu ≤ %.0f ms; tỉ lệ %.2f)",
        times[times.count / 2], times[0], budgetMilliseconds,
        times[times.count / 2] / budgetMilliseconds))
    let doubled = measure { _ = planner.plan(from: from, through: from.adding(days: 729)) }
    print(
      String(
        format: "  730 ngày: %.1f ms (gấp %.2f lần 365 ngày: tuyến tính theo số ngày)",
        doubled, doubled / times[times.count / 2]))
  }

  static func measure(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
  }

  /// A deterministic station: 4 slots of 30 minutes, 10 campaigns of 50 scripts each.
  static func makeStation() -> (Schedule, ScriptLibrary) {
    let words = [
      "bà", "con", "nhân", "dân", "chú", "ý", "trí", "tuệ", "nhân", "tạo", "luật", "lừa", "đảo",
      "cuộc", "gọi", "video", "người", "thân", "chuyển", "tiền", "công", "an", "xã", "thông", "báo",
    ]
    var seed: UInt64 = 2026
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    let slots = [(6, "sang"), (11, "trua"), (17, "chieu"), (20, "toi")].map { hour, id in
      Slot(id: id, name: "Bản tin \(id)", at: TimeOfDay(minutes: hour * 60)!, lengthSeconds: 1800)
    }
    var library = ScriptLibrary()
    var campaigns: [Campaign] = []
    for c in 0..<10 {
      var paths: [String] = []
      for s in 0..<50 {
        let path = "scripts/c\(c)/\(s).txt"
        let paragraphs = (0..<3).map { _ in
          (0..<4).map { _ in
            let sentence = (0..<(8 + next(10))).map { _ in words[next(words.count)] }.joined(
              separator: " ")
            return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
          }.joined(separator: " ")
        }
        library.scripts[path] = Script(
          path: path, title: "Bản tin \(c)-\(s)", paragraphs: paragraphs)
        paths.append(path)
      }
      library.campaignScripts["c\(c)"] = paths
      campaigns.append(
        Campaign(
          id: "c\(c)", title: "Chiến dịch \(c)", scripts: [],
          from: CalendarDay.parse("2026-01-01")!.adding(days: c * 7),
          until: CalendarDay.parse("2027-12-31")!, perDay: 1 + c % 3,
          slotIDs: c % 2 == 0 ? nil : [slots[c % 4].id], priority: c == 9 ? .priority : .normal))
    }
    let schedule = Schedule(
      station: "Đài đo", opening: "{station} xin kính chào bà con. Hôm nay, {weekday} ngày {date}.",
      closing: "Bản tin được đọc bằng giọng nói tổng hợp. Xin cảm ơn bà con đã chú ý lắng nghe.",
      slots: slots, campaigns: campaigns)
    return (schedule, library)
  }
}
