/// A recurring broadcast slot, e.g. the morning bulletin at 06:00 every day, 15 minutes long.
public struct Slot: Sendable, Hashable {
  /// The identifier campaigns and announcements refer to, e.g. `sang`.
  public var id: String
  /// The name read by the operator, e.g. "Bản tin sáng".
  public var name: String
  /// The start time.
  public var at: TimeOfDay
  /// The weekdays the slot airs.
  public var days: Set<Weekday>
  /// The maximum length of a program, in seconds.
  public var lengthSeconds: Int
  /// Where the slot was written (its `id` value).
  public var location: SourceLocation?
  /// Where its `at` value was written.
  public var atLocation: SourceLocation?

  /// Creates a slot.
  public init(
    id: String, name: String, at: TimeOfDay, days: Set<Weekday> = Set(Weekday.allCases),
    lengthSeconds: Int, location: SourceLocation? = nil, atLocation: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.at = at
    self.days = days
    self.lengthSeconds = lengthSeconds
    self.location = location
    self.atLocation = atLocation
  }

  /// Whether the slot airs on `day` (off days aside).
  public func airs(on day: CalendarDay) -> Bool { days.contains(day.weekday) }
}
