import Foundation

/// The one parser of bulletin script files: an optional `---` header of `key: value` lines
/// (`title`, `approved_by`, `valid`, `air`, `priority`), then the body (blank lines separate
/// paragraphs). Without a header the first non-empty line is the title.
///
/// The schedule loader, `loa say` and the tests all read scripts through it; every header
/// problem is a ``Diagnostic`` at the line and column of the key or value.
///
/// ```swift
/// let parsed = ScriptParser(path: "../scripts/a.txt", file: "scripts/a.txt").parse(text)
/// parsed.script?.paragraphs
/// ```
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

  /// Splits `text` into header fields and body and builds the ``Script``, collecting every
  /// problem (``ParsedScript/script`` is `nil` when the file has no usable body).
  public func parse(_ text: String) -> ParsedScript {
    var lines = text.precomposedStringWithCanonicalMapping
      .replacingOccurrences(of: "\r\n", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
    var parsed = ParsedScript(body: lines.joined(separator: "\n"))
    var header = ScriptHeader(file: file)
    var bodyStart = 0
    if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
      parsed.hasHeader = true
      guard
        let end = lines.dropFirst().firstIndex(where: {
          $0.trimmingCharacters(in: .whitespaces) == "---"
        })
      else {
        parsed.diagnostics.append(at(1, 1, "phần đầu '---' không có dòng '---' kết thúc"))
        return parsed
      }
      for index in 1..<end { header.read(lines[index], number: index + 1) }
      header.finish()
      parsed.fields = header.fields
      parsed.diagnostics = header.diagnostics
      bodyStart = end + 1
      parsed.bodyLine = bodyStart + 1
      parsed.body = lines[bodyStart...].joined(separator: "\n")
    }
    var title = header.title
    var body = Array(lines[bodyStart...])
    if title == nil {
      guard
        let firstIndex = body.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        )
      else {
        parsed.diagnostics.append(at(1, 1, "tệp kịch bản rỗng: không có tiêu đề và nội dung"))
        return parsed
      }
      title = body[firstIndex].trimmingCharacters(in: .whitespaces)
      body.removeSubrange(...firstIndex)
    }
    let paragraphs = Self.paragraphs(body)
    guard !paragraphs.isEmpty else {
      parsed.diagnostics.append(at(1, 1, "tệp kịch bản không có nội dung để đọc"))
      return parsed
    }
    var script = Script(
      path: path, title: title ?? "", approvedBy: header.approvedBy, validity: header.validity,
      paragraphs: paragraphs)
    script.airings = header.airings
    script.airingPriority = header.priority ?? .normal
    parsed.script = script
    return parsed
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
