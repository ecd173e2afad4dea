import BroadcastPlan
import Foundation
import Hummingbird
import LoaStudio

extension PageController {
  /// `/`: on air now and next, today's programs, the check counts.
  func home() throws -> Response {
    let workspace = try station.workspace()
    let today = station.today
    let status = try station.status()
    let recent = station.airings(from: today.adding(days: -1), through: today)
    var data: [String: Any] = [
      "todayText": ClockText.dayHeading(today),
      "playout": !recent.isEmpty,
      "errors": workspace.errorCount,
      "hasErrors": workspace.errorCount > 0,
      "warnings": workspace.diagnostics.filter { $0.severity == .warning }.count,
      "hasWarnings": workspace.diagnostics.contains { $0.severity == .warning },
    ]
    if let airing = status.onAir {
      let name = workspace.schedule?.slot(id: airing.slot)?.name ?? airing.slot
      data["onAir"] = [
        "name": name, "date": airing.date, "time": ClockText.time(iso: airing.startedAt),
        "file": airing.file,
      ]
    }
    if let next = status.next {
      data["next"] = [
        "name": next.name, "date": next.date.displayText,
        "time": String(ClockText.time(next.startsAt).prefix(5)), "file": next.file,
      ]
    } else if let next = plannedNext(workspace, aired: recent) {
      data["next"] = next
    }
    if workspace.hasErrors {
      data["scheduleError"] =
        "Lịch phát có \(workspace.errorCount) lỗi: chưa lập được chương trình. Xem trang Kiểm tra."
    } else {
      let plan = try station.plan(workspace, from: today, days: 1)
      let manifest = station.manifest(today)
      data["todayPrograms"] = plan.programs.map { program -> [String: Any] in
        var entry: [String: Any] = [
          "time": program.slot.at.description, "name": program.slot.name,
          "itemCount": program.contentItems.count,
          "length": ClockText.duration(program.plannedSeconds),
          "items": program.contentItems.map { item -> [String: Any] in
            var row: [String: Any] = ["title": item.title, "priority": item.priority.key]
            if let label = Self.priorityLabel(item.priority) { row["priorityLabel"] = label }
            return row
          },
        ]
        if let audio = station.audioLink(manifest, slot: program.slot.id) { entry["audio"] = audio }
        return entry
      }
    }
    return page("home", title: "Trang chủ", current: "/", workspace: workspace, data)
  }

  /// The next program of the plan of today and tomorrow when none is rendered yet (so it has
  /// no file for `loa air`): what the home page announces as coming, "chưa tạo tệp".
  private func plannedNext(_ workspace: Workspace, aired: [Airing]) -> [String: Any]? {
    guard !workspace.hasErrors,
      let plan = try? station.plan(workspace, from: station.today, days: 2)
    else { return nil }
    let now = station.now
    let done = Set(aired.filter(\.isAired).map { "\($0.date)|\($0.slot)" })
    guard
      let program = plan.programs.first(where: {
        StationInstant(day: $0.date, time: $0.slot.at) > now
          && !done.contains("\($0.date)|\($0.slot.id)")
      })
    else { return nil }
    return [
      "name": program.slot.name, "date": program.date.displayText,
      "time": program.slot.at.description, "file": "chưa tạo tệp (loa render)",
    ]
  }

  /// `/lich-phat?tu=YYYY-MM-DD&ngay=N`: what `loa plan` shows, with audio players.
  func plan(_ request: Request) throws -> Response {
    let query = request.uri.queryParameters
    let workspace = try station.workspace()
    let (from, days) = try APIController.period(
      from: query.get("tu"), days: query.get("ngay"), today: station.today, maxDays: 60)
    guard !workspace.hasErrors else {
      return page(
        "error", title: "Lịch phát", current: "/lich-phat", workspace: workspace,
        [
          "heading": "Lịch phát",
          "message":
            "Lịch phát có \(workspace.errorCount) lỗi nên chưa lập được lịch. Xem trang Kiểm tra.",
        ])
    }
    let html = try station.answers.value(key: station.answerKey("lich-phat#\(from)#\(days)")) {
      try planDocument(workspace, from: from, days: days)
    }
    return Views.html(html)
  }

  /// The whole HTML document of `/lich-phat`.
  func planDocument(_ workspace: Workspace, from: CalendarDay, days: Int) throws -> String {
    let plan = try station.plan(workspace, from: from, days: days)
    var dayList: [[String: Any]] = []
    var day = plan.from
    while day <= plan.through {
      let manifest = station.manifest(day)
      let programs = plan.programs.filter { $0.date == day }.map { program -> [String: Any] in
        var entry: [String: Any] = [
          "anchor": "\(program.date)-\(program.slot.id)",
          "time": program.slot.at.description, "name": program.slot.name,
          "planned": ClockText.duration(program.plannedSeconds),
          "length": ClockText.duration(Double(program.lengthSeconds)),
          "fill": Int((program.fill * 100).rounded()),
          "items": program.items.map { item(for: $0, at: program.slot.at) },
          "dropped": program.dropped.map(dropped),
          "hasDropped": !program.dropped.isEmpty,
        ]
        if let audio = station.audioLink(manifest, slot: program.slot.id) { entry["audio"] = audio }
        return entry
      }
      let idle = plan.idleSlots.filter { $0.date == day }.map {
        ["time": $0.slot.at.description, "name": $0.slot.name, "reason": $0.reason]
      }
      dayList.append([
        "heading": ClockText.dayHeading(day), "offDay": plan.offDays.contains(day),
        "programs": programs, "idle": idle,
      ])
      day = day.adding(days: 1)
    }
    let data: [String: Any] = [
      "station": plan.station, "from": from.description, "days": days,
      "fromText": plan.from.displayText, "throughText": plan.through.displayText,
      "dayList": dayList, "warnings": plan.warnings, "hasWarnings": !plan.warnings.isEmpty,
    ]
    return views.document(
      "plan", title: "Lịch phát", station: station.stationName(workspace), current: "/lich-phat",
      data)
  }

  private func item(for item: PlanItem, at start: TimeOfDay) -> [String: Any] {
    var row: [String: Any] = [
      "start": ClockText.time(start, plus: item.start), "title": item.title,
      "campaign": item.campaignTitle ?? item.campaignID ?? "",
      "priority": item.priority.key,
      "seconds": Self.length(item.seconds, estimated: item.isEstimated),
    ]
    if item.kind != .opening, item.kind != .closing, let label = Self.priorityLabel(item.priority) {
      row["priorityLabel"] = label
    }
    if let script = item.script { row["link"] = ScriptCatalog.link(script) }
    return row
  }

  private func dropped(_ dropped: DroppedItem) -> [String: Any] {
    [
      "title": dropped.item.title, "priorityLabel": dropped.item.priority.displayName,
      "reason": dropped.reason,
    ]
  }
}
