/// The output formats of `loa plan`.
public enum PlanFormat: String, Sendable, Hashable, CaseIterable {
  /// A Vietnamese table for the operator.
  case table
  /// Machine-readable JSON (see issue 4 for the shape).
  case json
  /// RFC 5545 iCalendar, one event per program.
  case ics

  /// Renders a plan in this format.
  public func render(_ plan: Plan) -> String {
    switch self {
    case .table: PlanTableRenderer().render(plan)
    case .json: PlanJSONRenderer().render(plan)
    case .ics: PlanICSRenderer().render(plan)
    }
  }
}
