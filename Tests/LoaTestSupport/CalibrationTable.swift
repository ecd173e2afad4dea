import Foundation

/// The planner's calibration table, `Tests/Fixtures/schedules/calibration/rendered-vi.tsv`: the
/// renderer's real lengths for texts at two rates, with the counts the estimator sees.
///
/// Read by the estimator's tests (are the estimates close?) and by the studio's tests (does the
/// renderer still produce these lengths?).
public enum CalibrationTable {
  /// One rendering.
  public struct Row: Sendable, Hashable {
    /// A script file (`scripts/…`, `docs/vi-du/…`), else a short label.
    public var id: String
    /// Voice rate, words per minute.
    public var rate: Int
    /// Spoken syllables.
    public var syllables: Int
    /// Sentences.
    public var sentences: Int
    /// `,` `;` `:` inside sentences.
    public var clauseBreaks: Int
    /// Paragraphs.
    public var paragraphs: Int
    /// Rendered length, seconds.
    public var seconds: Double
    /// The written text with `\n` escaped, or `-` for a script file (read from the file `id`).
    public var text: String

    /// The written text with line breaks restored (`-` for a script file).
    public var writtenText: String { text.replacingOccurrences(of: "\\n", with: "\n") }

    /// The row as a table line.
    public var line: String {
      [
        id, "\(rate)", "\(syllables)", "\(sentences)", "\(clauseBreaks)", "\(paragraphs)",
        String(format: "%.3f", seconds), text,
      ].joined(separator: "\t")
    }
  }

  /// The package root.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The table file.
  public static let path = root.appendingPathComponent(
    "Tests/Fixtures/schedules/calibration/rendered-vi.tsv"
  ).path

  /// The table's comment lines and rows.
  public static func read() -> (comments: [String], rows: [Row]) {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n").map(String.init)
    let rows = lines.filter { !$0.hasPrefix("#") }.compactMap { line -> Row? in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 8, let rate = Int(fields[1]), let syllables = Int(fields[2]),
        let sentences = Int(fields[3]), let clauseBreaks = Int(fields[4]),
        let paragraphs = Int(fields[5]), let seconds = Double(fields[6])
      else { return nil }
      return Row(
        id: fields[0], rate: rate, syllables: syllables, sentences: sentences,
        clauseBreaks: clauseBreaks, paragraphs: paragraphs, seconds: seconds, text: fields[7])
    }
    return (lines.filter { $0.hasPrefix("#") }, rows)
  }
}
