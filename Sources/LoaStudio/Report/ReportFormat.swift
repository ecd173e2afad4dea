import Foundation

/// The formats `loa report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// Markdown with Vietnamese headings, a summary sentence first (default).
  case md
  /// CSV, UTF-8 with a byte-order mark so LibreOffice and Excel open it cleanly.
  case csv
  /// JSON: `{"from", "to", "programs", "seconds", "campaigns", "slots", "emergencies", ...}`.
  case json

  /// The file extension for this format.
  public var fileExtension: String { rawValue }

  /// Renders `report` in this format; `station` names the station in the heading.
  public func render(_ report: BroadcastReport, station: String) -> String {
    switch self {
    case .md: return ReportText.markdown(report, station: station)
    case .csv: return ReportText.csv(report)
    case .json: return ReportText.json(report)
    }
  }
}
