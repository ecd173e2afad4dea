/// An item that did not fit in its program, and why.
public struct DroppedItem: Sendable, Hashable {
  /// The item as it would have aired (start is meaningless).
  public var item: PlanItem
  /// The Vietnamese reason, e.g. "không đủ thời lượng: …".
  public var reason: String

  /// Creates a dropped item.
  public init(item: PlanItem, reason: String) {
    self.item = item
    self.reason = reason
  }
}
