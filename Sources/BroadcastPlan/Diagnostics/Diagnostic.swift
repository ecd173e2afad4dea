/// One problem found in a schedule or a script, with its position.
///
/// Its `description` is the line the operator reads:
/// `schedules/hai-hung.yaml:12:7: lỗi: khoá không rõ 'slot'; có phải ý bạn là 'slots'?`
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: Sendable, Hashable {
    /// The schedule cannot be used.
    case error
    /// Worth a look; planning still works.
    case warning

    /// "lỗi" or "cảnh báo".
    public var label: String { self == .error ? "lỗi" : "cảnh báo" }
  }

  /// The file (schedule or script).
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// Error or warning.
  public var severity: Severity
  /// The Vietnamese message, without position.
  public var message: String

  /// Creates a diagnostic.
  public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  /// Creates a diagnostic at a location.
  public init(_ location: SourceLocation, _ severity: Severity, _ message: String) {
    self.init(
      file: location.file, line: location.line, column: location.column, severity: severity,
      message: message)
  }

  /// The position.
  public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

  /// `FILE:LINE:COL: lỗi: message` or `FILE:LINE:COL: cảnh báo: message`.
  public var description: String { "\(file):\(line):\(column): \(severity.label): \(message)" }

  /// Orders by position, then message.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Sorted by position, the schedule file (`first`) before the scripts it refers to.
  public func sortedByPosition(scheduleFirst scheduleFile: String) -> [Diagnostic] {
    sorted { lhs, rhs in
      let lhsMain = lhs.file == scheduleFile
      let rhsMain = rhs.file == scheduleFile
      if lhsMain != rhsMain { return lhsMain }
      return lhs < rhs
    }
  }
}
