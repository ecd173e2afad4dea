/// One program: a slot on a date, laid out as
/// `[intro][gap][opening][gap][item1][gap]…[itemN][gap][closing]` then `[gap][outro]` if any.
public struct Program: Sendable, Hashable {
  /// The date.
  public var date: CalendarDay
  /// The slot.
  public var slot: Slot
  /// The intro length (chime or file).
  public var introSeconds: Double
  /// The silence between parts.
  public var gapSeconds: Double
  /// The outro length, if the schedule has an outro.
  public var outroSeconds: Double?
  /// Opening, bulletins/announcements, closing, with start offsets.
  public var items: [PlanItem]
  /// Items that did not fit.
  public var dropped: [DroppedItem]
  /// The whole program's length in seconds.
  public var plannedSeconds: Double

  /// Creates a program.
  public init(
    date: CalendarDay, slot: Slot, introSeconds: Double, gapSeconds: Double,
    outroSeconds: Double?, items: [PlanItem], dropped: [DroppedItem], plannedSeconds: Double
  ) {
    self.date = date
    self.slot = slot
    self.introSeconds = introSeconds
    self.gapSeconds = gapSeconds
    self.outroSeconds = outroSeconds
    self.items = items
    self.dropped = dropped
    self.plannedSeconds = plannedSeconds
  }

  /// The slot length in seconds.
  public var lengthSeconds: Int { slot.lengthSeconds }

  /// The absolute instant the program starts: its date plus its slot time, in the station's
  /// time zone.
  public var startsAt: StationInstant { StationInstant(day: date, time: slot.at) }

  /// planned / length.
  public var fill: Double { plannedSeconds / Double(max(1, slot.lengthSeconds)) }

  /// The bulletins and announcements (neither opening nor closing).
  public var contentItems: [PlanItem] {
    items.filter { $0.kind == .bulletin || $0.kind == .announcement }
  }
}
