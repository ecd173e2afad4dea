import Foundation

/// Parses a bulletin script: an optional `---` header, then the body (blank lines separate
/// paragraphs). Without a header the first non-empty line is the title.
public struct ScriptParser: Sendable {
  /// The script's path relative to the schedule (stored in the ``Script``).
  public let path: String
  /// The file name used in diagnostics.
  public let file: String

  /// Creates a parser for one file.
  public init(path: String, file: String) {
    self.path = path
    self.file = file
  }

  /// The script, or `nil` when it has no body, and every problem found.
  public func parse(_ text: String) -> (script: Script?, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var lines = text.precomposedStringWithCanonicalMapping
      .replacingOccurrences(of: "\r\n", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
    var header = ScriptHeader()
    var bodyStart = 0
    if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
      guard
        let end = lines.dropFirst().firstIndex(where: {
          $0.trimmingCharacters(in: .whitespaces) == "---"
        })
      else {
        diagnostics.append(at(1, 1, "phần đầu '---' không có dòng '---' kết thúc"))
        return (nil, diagnostics)
      }
      for index in 1..<end {
        if let problem = header.read(lines[index]) {
          diagnostics.append(at(index + 1, problem.column, problem.message))
        }
      }
      bodyStart = end + 1
    }
    var title = header.title
    let approvedBy = header.approvedBy
    let validity = header.validity
    var body = Array(lines[bodyStart...])
    if title == nil {
      guard
        let firstIndex = body.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        )
      else {
        diagnostics.append(at(1, 1, "tệp kịch bản rỗng: không có tiêu đề và nội dung"))
        return (nil, diagnostics)
      }
      title = body[firstIndex].trimmingCharacters(in: .whitespaces)
      body.removeSubrange(...firstIndex)
    }
    let paragraphs = Self.paragraphs(body)
    guard !paragraphs.isEmpty else {
      diagnostics.append(at(1, 1, "tệp kịch bản không có nội dung để đọc"))
      return (nil, diagnostics)
    }
    let script = Script(
      path: path, title: title ?? "", approvedBy: approvedBy, validity: validity,
      paragraphs: paragraphs)
    return (script, diagnostics)
  }

  /// Lines → paragraphs: blank lines separate, lines inside a paragraph join with a space.
  static func paragraphs(_ lines: [String]) -> [String] {
    lines.split(whereSeparator: { $0.trimmingCharacters(in: .whitespaces).isEmpty })
      .map { group in
        group.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
      }
  }

  /// `A..B` → a date range.
  static func range(_ text: String) -> ClosedRange<CalendarDay>? {
    let parts = text.components(separatedBy: "..")
    guard parts.count == 2,
      let from = CalendarDay.parse(parts[0].trimmingCharacters(in: .whitespaces)),
      let until = CalendarDay.parse(parts[1].trimmingCharacters(in: .whitespaces)), from <= until
    else { return nil }
    return from...until
  }

  func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
    Diagnostic(file: file, line: line, column: column, severity: .error, message: message)
  }
}
