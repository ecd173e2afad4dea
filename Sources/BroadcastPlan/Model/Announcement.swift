/// A one-off item: one script on one date in one slot.
public struct Announcement: Sendable, Hashable {
  /// The date it airs.
  public var date: CalendarDay
  /// The slot id.
  public var slotID: String
  /// The script file, relative to the schedule.
  public var script: ScriptSource
  /// Its priority.
  public var priority: Priority
  /// Where `date` was written.
  public var location: SourceLocation?
  /// Where `slot` was written.
  public var slotLocation: SourceLocation?

  /// Creates an announcement.
  public init(
    date: CalendarDay, slotID: String, script: ScriptSource, priority: Priority = .normal,
    location: SourceLocation? = nil, slotLocation: SourceLocation? = nil
  ) {
    self.date = date
    self.slotID = slotID
    self.script = script
    self.priority = priority
    self.location = location
    self.slotLocation = slotLocation
  }
}

extension Announcement {
  /// The announcements a script carries in its own header (`air: DATE SLOT` lines, with its
  /// `priority:`), the script being at `path` relative to the schedule.
  public static func carried(by script: Script, at path: String) -> [Announcement] {
    script.airings.map { airing in
      Announcement(
        date: airing.date, slotID: airing.slotID,
        script: ScriptSource(path: path, location: airing.location),
        priority: script.airingPriority, location: airing.location,
        slotLocation: airing.slotLocation)
    }
  }
}
