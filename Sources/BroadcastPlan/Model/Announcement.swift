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
