/// The result of planning a date range: programs in time order and slots left idle.
public struct Plan: Sendable, Hashable {
  /// The station name.
  public var station: String
  /// First planned day.
  public var from: CalendarDay
  /// Last planned day.
  public var through: CalendarDay
  /// Programs in date and time order.
  public var programs: [Program]
  /// Active slots with nothing to air, in date and time order.
  public var idleSlots: [IdleSlot]
  /// Off days inside the range.
  public var offDays: [CalendarDay]
  /// Notes for the operator (Vietnamese).
  public var warnings: [String]

  /// Creates a plan.
  public init(
    station: String, from: CalendarDay, through: CalendarDay, programs: [Program] = [],
    idleSlots: [IdleSlot] = [], offDays: [CalendarDay] = [], warnings: [String] = []
  ) {
    self.station = station
    self.from = from
    self.through = through
    self.programs = programs
    self.idleSlots = idleSlots
    self.offDays = offDays
    self.warnings = warnings
  }

  /// Every dropped item with its date and slot.
  public var allDropped: [(date: CalendarDay, slot: Slot, dropped: DroppedItem)] {
    programs.flatMap { p in p.dropped.map { (p.date, p.slot, $0) } }
      + idleSlots.flatMap { i in i.dropped.map { (i.date, i.slot, $0) } }
  }
}
