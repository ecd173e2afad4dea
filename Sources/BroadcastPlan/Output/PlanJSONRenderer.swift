/// Renders a plan as JSON:
/// `{"station", "programs": [{"date", "slot", "name", "start", "start_at", "length_seconds",
/// "planned_seconds", "items": [...], "dropped": [...]}], "warnings": [...]}`,
/// plus `idle_slots` and `off_days`. Seconds are rounded to a tenth.
public struct PlanJSONRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The JSON document, ending with a newline.
  public func render(_ plan: Plan) -> String {
    let root = JSONValue.object([
      ("station", .string(plan.station)),
      ("from", .string(plan.from.description)),
      ("through", .string(plan.through.description)),
      ("programs", .array(plan.programs.map(program))),
      ("idle_slots", .array(plan.idleSlots.map(idle))),
      ("off_days", .array(plan.offDays.map { .string($0.description) })),
      ("warnings", .array(plan.warnings.map { .string($0) })),
    ])
    return root.rendered() + "\n"
  }

  func program(_ program: Program) -> JSONValue {
    .object([
      ("date", .string(program.date.description)),
      ("slot", .string(program.slot.id)),
      ("name", .string(program.slot.name)),
      ("start", .string(program.slot.at.description)),
      ("start_at", .string(program.startsAt.description)),
      ("length_seconds", .integer(program.lengthSeconds)),
      ("planned_seconds", .number(program.plannedSeconds)),
      ("items", .array(program.items.map { item($0, at: program.slot.at) })),
      ("dropped", .array(program.dropped.map(dropped))),
    ])
  }

  func item(_ item: PlanItem, at slotStart: TimeOfDay) -> JSONValue {
    .object([
      ("kind", .string(item.kind.rawValue)),
      ("title", .string(item.title)),
      ("script", .optional(item.script)),
      ("campaign", .optional(item.campaignID)),
      ("priority", .string(item.priority.key)),
      ("start", .string(ClockText.time(slotStart, plus: item.start))),
      ("seconds", .number(item.seconds)),
      ("estimated", .bool(item.isEstimated)),
      ("synthesised", .bool(item.isSynthesised)),
      ("recording", .optional(item.recording)),
    ])
  }

  func dropped(_ dropped: DroppedItem) -> JSONValue {
    .object([
      ("title", .string(dropped.item.title)),
      ("script", .optional(dropped.item.script)),
      ("campaign", .optional(dropped.item.campaignID)),
      ("priority", .string(dropped.item.priority.key)),
      ("reason", .string(dropped.reason)),
    ])
  }

  func idle(_ idle: IdleSlot) -> JSONValue {
    .object([
      ("date", .string(idle.date.description)),
      ("slot", .string(idle.slot.id)),
      ("name", .string(idle.slot.name)),
      ("reason", .string(idle.reason)),
      ("dropped", .array(idle.dropped.map(dropped))),
    ])
  }
}
