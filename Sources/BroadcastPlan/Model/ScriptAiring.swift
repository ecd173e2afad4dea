/// One `air: DATE SLOT` line of a script's header: an airing the script carries itself, as a
/// web page writes it into the schedule's announcement folder. The loader turns it into an
/// ``Announcement``, checked and planned like one written in the schedule.
public struct ScriptAiring: Sendable, Hashable {
  /// The date it airs.
  public var date: CalendarDay
  /// The slot id.
  public var slotID: String
  /// Where the date was written (the header value).
  public var location: SourceLocation
  /// Where the slot id was written.
  public var slotLocation: SourceLocation

  /// Creates an airing.
  public init(
    date: CalendarDay, slotID: String, location: SourceLocation, slotLocation: SourceLocation
  ) {
    self.date = date
    self.slotID = slotID
    self.location = location
    self.slotLocation = slotLocation
  }
}
