/// A publicity campaign: a set of scripts aired in fair rotation, `perDay` a day, over a date range.
public struct Campaign: Sendable, Hashable {
  /// The identifier, e.g. `luat-ai`.
  public var id: String
  /// The title shown to the operator.
  public var title: String
  /// Script files or folders as written.
  public var scripts: [ScriptSource]
  /// First day (inclusive).
  public var from: CalendarDay
  /// Last day (inclusive).
  public var until: CalendarDay
  /// Bulletins per broadcast day, spread over the campaign's slots.
  public var perDay: Int
  /// The slots it may air in; `nil` means every slot.
  public var slotIDs: [String]?
  /// The priority of its bulletins.
  public var priority: Priority
  /// Where the campaign's `id` was written.
  public var location: SourceLocation?
  /// Where each referenced slot id was written (same order as `slotIDs`).
  public var slotLocations: [SourceLocation?]
  /// Where `until` was written.
  public var untilLocation: SourceLocation?
  /// Where `per_day` was written.
  public var perDayLocation: SourceLocation?

  /// Creates a campaign.
  public init(
    id: String, title: String, scripts: [ScriptSource], from: CalendarDay, until: CalendarDay,
    perDay: Int = 1, slotIDs: [String]? = nil, priority: Priority = .normal,
    location: SourceLocation? = nil, slotLocations: [SourceLocation?] = [],
    untilLocation: SourceLocation? = nil, perDayLocation: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.scripts = scripts
    self.from = from
    self.until = until
    self.perDay = perDay
    self.slotIDs = slotIDs
    self.priority = priority
    self.location = location
    self.slotLocations = slotLocations
    self.untilLocation = untilLocation
    self.perDayLocation = perDayLocation
  }

  /// Whether the campaign runs on `day`.
  public func isActive(on day: CalendarDay) -> Bool { from <= day && day <= until }

  /// Whether the campaign may air in `slot`.
  public func uses(_ slot: Slot) -> Bool { slotIDs?.contains(slot.id) ?? true }
}
