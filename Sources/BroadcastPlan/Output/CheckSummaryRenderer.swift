/// The short Vietnamese summary `loa check` prints after the diagnostics: slots, campaigns with
/// their date ranges and days left, scripts, and the airtime of the coming week.
public struct CheckSummaryRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The summary, ending with a newline.
  ///
  /// - Parameters:
  ///   - loaded: what was read.
  ///   - diagnostics: every problem found (only counted here).
  ///   - today: the operator's date.
  ///   - timing: how long things take (for the coming week's airtime).
  public func render(
    _ loaded: LoadedSchedule, diagnostics: [Diagnostic], today: CalendarDay,
    timing: ProgramTiming = ProgramTiming()
  ) -> String {
    var lines: [String] = []
    if let schedule = loaded.schedule {
      lines.append("Lịch phát: \(schedule.file) — \(schedule.station)")
      lines += slotLines(schedule)
      lines += campaignLines(schedule, loaded.scripts, today: today)
      lines.append(
        "Kịch bản: \(loaded.scripts.scripts.count) tệp; thông báo: \(schedule.announcements.count); "
          + "ngày nghỉ: \(schedule.offDays.reduce(0) { $0 + $1.from.days(until: $1.until) + 1 }).")
      if let approval = approvalLine(schedule, loaded.scripts) { lines.append(approval) }
      let weekly = schedule.slots.reduce(0) { $0 + $1.lengthSeconds * $1.days.count }
      if !diagnostics.hasErrors {
        let plan = Planner(schedule: schedule, scripts: loaded.scripts, timing: timing)
          .plan(from: today, through: today.adding(days: 6))
        let planned = plan.programs.reduce(0) { $0 + $1.plannedSeconds }
        lines.append(
          "Thời lượng phát 7 ngày tới: \(ClockText.duration(planned)) "
            + "(khung giờ cho phép tối đa \(ClockText.duration(Double(weekly))) mỗi tuần).")
        if !plan.idleSlots.isEmpty {
          let idle = plan.idleSlots.map { "\($0.slot.id) \($0.date.displayText)" }
          lines.append("Không có chương trình (7 ngày tới): \(idle.joined(separator: ", ")).")
        }
        let dropped = plan.allDropped.count
        if dropped > 0 {
          lines.append("Bản tin bị bỏ ra vì thiếu thời lượng (7 ngày tới): \(dropped).")
        }
      } else {
        lines.append("Khung giờ cho phép tối đa \(ClockText.duration(Double(weekly))) mỗi tuần.")
      }
    }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    lines.append(
      errors == 0
        ? "Kết quả: không có lỗi, \(warnings) cảnh báo."
        : "Kết quả: \(errors) lỗi, \(warnings) cảnh báo.")
    return lines.joined(separator: "\n") + "\n"
  }

  /// "Chưa duyệt: N/M kịch bản …", or `nil` when every script names who approved it.
  func approvalLine(_ schedule: Schedule, _ scripts: ScriptLibrary) -> String? {
    let unapproved = scripts.scripts.values.filter { $0.approvedBy == nil }.count
    guard unapproved > 0 else { return nil }
    let consequence =
      schedule.requireApproval
      ? "lịch phát yêu cầu duyệt (require_approval: true) nên chưa thể phát"
      : "vẫn được phát vì lịch phát không yêu cầu duyệt (require_approval: false)"
    return "Chưa duyệt: \(unapproved)/\(scripts.scripts.count) kịch bản chưa có người duyệt "
      + "(approved_by); \(consequence)."
  }

  func slotLines(_ schedule: Schedule) -> [String] {
    var lines = ["Khung giờ (\(schedule.slots.count)):"]
    for slot in schedule.slots {
      lines.append(
        "  \(ClockText.column(slot.id, 8)) \(ClockText.column(slot.name, 18)) \(slot.at)  "
          + "\(ClockText.column(Self.days(slot.days), 20)) \(ClockText.duration(Double(slot.lengthSeconds)))"
      )
    }
    return lines
  }

  func campaignLines(_ schedule: Schedule, _ scripts: ScriptLibrary, today: CalendarDay) -> [String]
  {
    var lines = ["Chiến dịch (\(schedule.campaigns.count)):"]
    for campaign in schedule.campaigns {
      let count = scripts.campaignScripts[campaign.id]?.count ?? 0
      lines.append(
        "  \(campaign.id): \(campaign.title) — \(campaign.from.displayText) đến \(campaign.until.displayText), "
          + "\(Self.remaining(campaign, today: today)); \(campaign.perDay) bản tin/ngày, "
          + "\(campaign.priority.displayName), \(count) kịch bản")
    }
    return lines
  }

  static func remaining(_ campaign: Campaign, today: CalendarDay) -> String {
    if today < campaign.from { return "bắt đầu sau \(today.days(until: campaign.from)) ngày" }
    if campaign.until < today { return "đã kết thúc" }
    let left = today.days(until: campaign.until)
    return left == 0 ? "kết thúc hôm nay" : "còn \(left) ngày"
  }

  static func days(_ days: Set<Weekday>) -> String {
    if days.count == 7 { return "hằng ngày" }
    return days.sorted().map(\.code).joined(separator: ", ")
  }
}
