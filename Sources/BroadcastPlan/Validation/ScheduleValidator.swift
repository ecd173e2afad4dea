/// Cross-checks a decoded schedule and its scripts; pure (no files, no clock).
///
/// Every problem is returned at once. Diagnostics about a script point at the script file
/// (`scripts/x.txt:1:1`); the others point at the schedule value that causes them.
public struct ScheduleValidator: Sendable {
  /// The schedule.
  public let schedule: Schedule
  /// Its scripts.
  public let scripts: ScriptLibrary
  /// How long things take.
  public let timing: ProgramTiming
  /// Whether a script's ``Script/recording`` is aired instead of synthesis (the default, as the
  /// renderer does). With `false` every item counts as synthesised.
  public let airsRecordings: Bool

  /// Creates a validator.
  public init(
    schedule: Schedule, scripts: ScriptLibrary, timing: ProgramTiming = ProgramTiming(),
    airsRecordings: Bool = true
  ) {
    self.schedule = schedule
    self.scripts = scripts
    self.timing = timing
    self.airsRecordings = airsRecordings
  }

  /// Every problem, unsorted. `today` enables the "campaign ends soon" warning.
  public func validate(today: CalendarDay?) -> [Diagnostic] {
    var found: [Diagnostic] = []
    found += checkSlotReferences()
    found += checkCampaignDates(today: today)
    found += checkOverlaps()
    found += checkAnnouncementDays()
    found += checkLengths()
    found += checkScripts()
    found += checkDisclosure()
    found += checkUnusedSlots()
    found += checkCampaignReach()
    return found
  }

  /// Slots no campaign and no announcement can ever use (they never get a program).
  func checkUnusedSlots() -> [Diagnostic] {
    schedule.slots.compactMap { slot in
      let used =
        schedule.campaigns.contains { $0.uses(slot) }
        || schedule.announcements.contains { $0.slotID == slot.id }
      guard !used else { return nil }
      return Diagnostic(
        slot.location ?? scheduleStart, .warning,
        "khung giờ '\(slot.id)' không có chiến dịch hay thông báo nào: sẽ không bao giờ có chương trình"
      )
    }
  }

  func checkSlotReferences() -> [Diagnostic] {
    let ids = schedule.slots.map(\.id)
    var found: [Diagnostic] = []
    for campaign in schedule.campaigns {
      for (index, id) in (campaign.slotIDs ?? []).enumerated() where !ids.contains(id) {
        let location =
          campaign.slotLocations.indices.contains(index)
          ? campaign.slotLocations[index] : campaign.location
        found.append(unknownSlot(id, at: location, ids: ids))
      }
    }
    for announcement in schedule.announcements where !ids.contains(announcement.slotID) {
      found.append(unknownSlot(announcement.slotID, at: announcement.slotLocation, ids: ids))
    }
    return found
  }

  func unknownSlot(_ id: String, at location: SourceLocation?, ids: [String]) -> Diagnostic {
    Diagnostic(
      location ?? scheduleStart, .error,
      "không có khung giờ '\(id)'\(Suggestion.hint(for: id, in: ids))")
  }

  func checkCampaignDates(today: CalendarDay?) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for campaign in schedule.campaigns {
      let location = campaign.untilLocation ?? campaign.location ?? scheduleStart
      if campaign.until < campaign.from {
        found.append(
          Diagnostic(
            location, .error,
            "chiến dịch '\(campaign.id)': ngày kết thúc \(campaign.until) trước ngày bắt đầu \(campaign.from)"
          ))
        continue
      }
      if let today {
        let left = today.days(until: campaign.until)
        if (0...7).contains(left) {
          let when = left == 0 ? "hôm nay" : "sau \(left) ngày"
          found.append(
            Diagnostic(
              location, .warning,
              "chiến dịch '\(campaign.id)' kết thúc \(when) (\(campaign.until.displayText))"))
        }
      }
    }
    return found
  }

  func checkOverlaps() -> [Diagnostic] {
    var found: [Diagnostic] = []
    let slots = schedule.slots
    for j in slots.indices {
      for i in 0..<j {
        let (a, b) = (slots[i], slots[j])
        guard !a.days.isDisjoint(with: b.days) else { continue }
        let aEnd = a.at.seconds + a.lengthSeconds
        let bEnd = b.at.seconds + b.lengthSeconds
        guard a.at.seconds < bEnd, b.at.seconds < aEnd else { continue }
        found.append(
          Diagnostic(
            b.atLocation ?? b.location ?? scheduleStart, .error,
            "khung giờ '\(b.id)' (\(Self.span(b))) trùng thời gian với '\(a.id)' (\(Self.span(a)))")
        )
      }
    }
    return found
  }

  static func span(_ slot: Slot) -> String {
    let end = (slot.at.minutes + (slot.lengthSeconds + 59) / 60) % 1440
    return "\(slot.at)–\(TimeOfDay(minutes: end) ?? slot.at)"
  }

  func checkAnnouncementDays() -> [Diagnostic] {
    var found: [Diagnostic] = []
    for announcement in schedule.announcements {
      let location = announcement.location ?? scheduleStart
      let day = announcement.date
      if schedule.isOffDay(day) {
        found.append(
          Diagnostic(location, .error, "thông báo rơi vào ngày nghỉ \(day.displayText)"))
      } else if let slot = schedule.slot(id: announcement.slotID), !slot.airs(on: day) {
        found.append(
          Diagnostic(
            location, .error,
            "khung giờ '\(slot.id)' không phát vào \(day.weekday.vietnameseName) \(day.displayText)"
          ))
      }
    }
    return found
  }

  var scheduleStart: SourceLocation { SourceLocation(file: schedule.file, line: 1, column: 1) }

  /// The schedule-relative script path as a file name the operator can open.
  func scriptFile(_ path: String) -> SourceLocation {
    SourceLocation(file: schedule.fileName(ofRelativePath: path), line: 1, column: 1)
  }
}
