/// Renders a plan as the Vietnamese table `loa plan` prints: by day and slot, each item's start
/// time, title, campaign, priority and duration, the fill of each program, and what was dropped.
public struct PlanTableRenderer: Sendable {
  /// Widest title shown before truncation.
  public var titleWidth = 46

  /// Creates a renderer.
  public init() {}

  /// The table, ending with a newline.
  public func render(_ plan: Plan) -> String {
    var lines = [
      "\(plan.station) — lịch phát từ \(plan.from.displayText) đến \(plan.through.displayText)"
    ]
    var day = plan.from
    var programIndex = 0
    var idleIndex = 0
    while day <= plan.through {
      lines.append("")
      lines.append(ClockText.dayHeading(day))
      if plan.offDays.contains(day) {
        lines.append("  Ngày nghỉ: không phát.")
      }
      var entries: [(TimeOfDay, [String])] = []
      while programIndex < plan.programs.count, plan.programs[programIndex].date == day {
        let program = plan.programs[programIndex]
        entries.append((program.slot.at, programLines(program)))
        programIndex += 1
      }
      while idleIndex < plan.idleSlots.count, plan.idleSlots[idleIndex].date == day {
        let idle = plan.idleSlots[idleIndex]
        entries.append((idle.slot.at, idleLines(idle)))
        idleIndex += 1
      }
      if entries.isEmpty, !plan.offDays.contains(day) { lines.append("  Không có khung giờ nào.") }
      for entry in entries.sorted(by: { $0.0 < $1.0 }) { lines += entry.1 }
      day = day.adding(days: 1)
    }
    lines.append("")
    lines.append(summary(plan))
    if !plan.warnings.isEmpty {
      lines.append("Cảnh báo:")
      lines += plan.warnings.map { "  " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func programLines(_ program: Program) -> [String] {
    let fill =
      "\(ClockText.duration(program.plannedSeconds)) / \(ClockText.duration(Double(program.lengthSeconds)))"
    var lines = ["  \(program.slot.at)  \(program.slot.name) — \(fill)"]
    for item in program.items {
      let start = ClockText.time(program.slot.at, plus: item.start)
      let campaign = ClockText.column(
        item.campaignID ?? (item.kind == .announcement ? "thông báo" : ""), 12)
      let priority = ClockText.column(
        item.kind == .opening || item.kind == .closing ? "" : item.priority.displayName, 8)
      let marker = item.isEstimated ? "~" : " "
      let title = item.recording == nil ? item.title : item.title + " (bản thu)"
      lines.append(
        "    \(start)  \(ClockText.column(title, titleWidth))  \(campaign)  \(priority)  \(marker)\(ClockText.duration(item.seconds))"
      )
    }
    for dropped in program.dropped { lines.append(droppedLine(dropped)) }
    return lines
  }

  func idleLines(_ idle: IdleSlot) -> [String] {
    ["  \(idle.slot.at)  \(idle.slot.name) — không có chương trình: \(idle.reason)"]
      + idle.dropped.map(droppedLine)
  }

  func droppedLine(_ dropped: DroppedItem) -> String {
    let item = dropped.item
    let owner = item.campaignID ?? "thông báo"
    return "    Bỏ ra: \(item.title) (\(owner), \(item.priority.displayName)) — \(dropped.reason)"
  }

  func summary(_ plan: Plan) -> String {
    let items = plan.programs.reduce(0) { $0 + $1.contentItems.count }
    let dropped = plan.allDropped.count
    let airtime = plan.programs.reduce(0) { $0 + $1.plannedSeconds }
    var text =
      "Tổng: \(plan.programs.count) chương trình, \(items) bản tin, \(ClockText.duration(airtime)) phát sóng"
    if dropped > 0 { text += ", \(dropped) bản tin bị bỏ ra" }
    if !plan.idleSlots.isEmpty {
      text += ", \(plan.idleSlots.count) khung giờ không có chương trình"
    }
    text += ". (~ : thời lượng ước tính)"
    return text
  }
}
