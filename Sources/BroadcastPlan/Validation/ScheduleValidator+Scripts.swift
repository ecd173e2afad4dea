extension ScheduleValidator {
  /// Scripts longer than every slot they can air in; `per_day` beyond what the slots hold.
  func checkLengths() -> [Diagnostic] {
    let builder = ProgramBuilder(schedule: schedule, scripts: scripts, timing: timing)
    let gap = schedule.audio.gap
    var found: [Diagnostic] = []
    var reported: Set<String> = []
    for campaign in schedule.campaigns {
      let slots = schedule.slots.filter { campaign.uses($0) }
      let rooms = slots.map { room(in: $0, day: campaign.from, builder: builder) }
      guard let best = rooms.max(), !slots.isEmpty else { continue }
      let lengths = scripts.scripts(ofCampaign: campaign.id).map { script in
        (script, builder.seconds(of: script).seconds)
      }
      for (script, seconds) in lengths where seconds + gap > best && !reported.contains(script.path)
      {
        reported.insert(script.path)
        found.append(tooLong(script, seconds, best))
      }
      guard !lengths.isEmpty else { continue }
      let average = lengths.map(\.1).reduce(0, +) / Double(lengths.count) + gap
      let capacity = rooms.reduce(0) { $0 + Int(max(0, $1) / average) }
      if campaign.perDay > capacity {
        found.append(
          Diagnostic(
            campaign.perDayLocation ?? campaign.location ?? scheduleStart, .error,
            "per_day = \(campaign.perDay) nhưng các khung giờ của chiến dịch '\(campaign.id)' "
              + "chỉ chứa được khoảng \(capacity) bản tin mỗi ngày"))
      }
    }
    for announcement in schedule.announcements {
      guard let slot = schedule.slot(id: announcement.slotID),
        let script = scripts.scripts[announcement.script.path], !reported.contains(script.path)
      else { continue }
      let seconds = builder.seconds(of: script).seconds
      let best = room(in: slot, day: announcement.date, builder: builder)
      if seconds + gap > best {
        reported.insert(script.path)
        found.append(tooLong(script, seconds, best))
      }
    }
    return found
  }

  /// The seconds left for content in a slot once intro, opening, closing, outro and gaps count.
  func room(in slot: Slot, day: CalendarDay, builder: ProgramBuilder) -> Double {
    let gap = schedule.audio.gap
    var fixed = builder.introSeconds + gap + gap
    fixed += builder.frame(.opening, schedule.opening, day: day).seconds
    fixed += builder.frame(.closing, schedule.closing, day: day).seconds
    if let outro = builder.outroSeconds { fixed += gap + outro }
    return Double(slot.lengthSeconds) - fixed
  }

  func tooLong(_ script: Script, _ seconds: Double, _ room: Double) -> Diagnostic {
    Diagnostic(
      scriptFile(script.path), .error,
      "bản tin dài khoảng \(ValueParser.clock(seconds)), vượt mọi khung giờ có thể phát "
        + "(còn chỗ nhiều nhất \(ValueParser.clock(max(0, room))))")
  }

  /// A script without `approved_by`: an error when the schedule requires approval, else a
  /// warning (the commune gives approval; Loa only records who gave it).
  func unapproved(_ path: String) -> Diagnostic {
    guard schedule.requireApproval else {
      return Diagnostic(
        scriptFile(path), .warning,
        "kịch bản chưa được duyệt: sau khi lãnh đạo xã duyệt, ghi tên người duyệt vào dòng "
          + "'approved_by:' ở phần đầu bài")
    }
    return Diagnostic(
      scriptFile(path), .error,
      "kịch bản chưa có người duyệt (approved_by) mà lịch phát yêu cầu duyệt (require_approval: true)"
    )
  }

  /// Approval and reachability of every script.
  func checkScripts() -> [Diagnostic] {
    var found: [Diagnostic] = []
    var used: [String: [Campaign]] = [:]
    for campaign in schedule.campaigns {
      for path in scripts.campaignScripts[campaign.id] ?? [] {
        used[path, default: []].append(campaign)
      }
    }
    let announced = Set(schedule.announcements.map(\.script.path))
    for path in scripts.scripts.keys.sorted() {
      guard let script = scripts.scripts[path] else { continue }
      if script.approvedBy == nil { found.append(unapproved(path)) }
      if let validity = script.validity {
        let reachable =
          (used[path] ?? []).contains {
            $0.from <= validity.upperBound && validity.lowerBound <= $0.until
          }
          || schedule.announcements.contains {
            $0.script.path == path && validity.contains($0.date)
          }
        if !reachable, used[path] != nil || announced.contains(path) {
          found.append(
            Diagnostic(
              scriptFile(path), .warning,
              "kịch bản không bao giờ được phát: thời hạn \(validity.lowerBound)..\(validity.upperBound) "
                + "nằm ngoài thời gian phát của nó"))
        }
      }
    }
    return found
  }
}
