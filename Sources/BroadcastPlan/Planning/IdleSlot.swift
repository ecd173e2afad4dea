/// A slot that gets no program on a date, and why.
public struct IdleSlot: Sendable, Hashable {
  /// The date.
  public var date: CalendarDay
  /// The slot.
  public var slot: Slot
  /// The Vietnamese reason.
  public var reason: String
  /// Items that were due but did not fit at all.
  public var dropped: [DroppedItem]

  /// Creates an idle slot.
  public init(date: CalendarDay, slot: Slot, reason: String, dropped: [DroppedItem] = []) {
    self.date = date
    self.slot = slot
    self.reason = reason
    self.dropped = dropped
  }
}
