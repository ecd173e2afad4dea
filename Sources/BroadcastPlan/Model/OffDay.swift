/// Days without any broadcast: a single date or an inclusive range (e.g. Tết).
public struct OffDay: Sendable, Hashable {
  /// First off day.
  public var from: CalendarDay
  /// Last off day (equal to `from` for a single date).
  public var until: CalendarDay
  /// Where it was written.
  public var location: SourceLocation?

  /// Creates an off-day range.
  public init(from: CalendarDay, until: CalendarDay, location: SourceLocation? = nil) {
    self.from = from
    self.until = until
    self.location = location
  }

  /// Whether `day` falls in the range.
  public func contains(_ day: CalendarDay) -> Bool { from <= day && day <= until }
}
