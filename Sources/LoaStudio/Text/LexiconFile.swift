import BroadcastPlan
import Foundation
import VietnameseText

/// The operator's pronunciation file (`schedules/lexicon.tsv`) read from disk.
///
/// `VietnameseText` stays free of I/O: this type reads the bytes and hands the text to
/// ``VietnameseText/Lexicon/parse(_:file:)``. Problems never throw: each bad line, or a file that
/// cannot be read, becomes a ``VietnameseText/LexiconIssue`` and the good lines are still used.
///
/// ```swift
/// let file = LexiconFile.load(path: "schedules/lexicon.tsv")
/// let normalizer = Normalizer(dialect: .northern, lexicon: file.lexicon)
/// for issue in file.issues { print(issue) }   // the CLI prints them on stderr
/// ```
public struct LexiconFile: Sendable {
  /// The path as given.
  public let path: String
  /// The entries read (empty when the file cannot be read).
  public let lexicon: Lexicon
  /// Bad lines and read problems, in file order.
  public let issues: [LexiconIssue]

  /// Reads and parses the file at `path`.
  public static func load(path: String) -> LexiconFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      let message =
        FileManager.default.fileExists(atPath: path)
        ? "không đọc được tệp từ điển phát âm" : "không có tệp từ điển phát âm này"
      return LexiconFile(path: path, lexicon: Lexicon(), issues: [issue(path, message)])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return LexiconFile(
        path: path, lexicon: Lexicon(),
        issues: [issue(path, "tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8")])
    }
    let (lexicon, issues) = Lexicon.parse(text, file: path)
    return LexiconFile(path: path, lexicon: lexicon, issues: issues)
  }

  /// The one rule every command and the web page follow: `override` (`--lexicon`) when given,
  /// else `lexicon.tsv` in the folder of the schedule in use.
  public static func path(schedulePath: String, override: String?) -> String {
    if let override, !override.isEmpty { return override }
    return URL(fileURLWithPath: schedulePath).deletingLastPathComponent()
      .appendingPathComponent("lexicon.tsv").path
  }

  /// The lexicon at `path` and its problems as warnings; an empty lexicon when no file is there.
  public static func loadIfPresent(path: String) -> (Lexicon, [Diagnostic]) {
    guard FileManager.default.fileExists(atPath: path) else { return (Lexicon(), []) }
    let file = load(path: path)
    return (file.lexicon, file.diagnostics)
  }

  /// The problems as diagnostics (warnings: the good lines are still used).
  public var diagnostics: [Diagnostic] {
    issues.map {
      Diagnostic(
        file: $0.file, line: max(1, $0.line), column: 1, severity: .warning, message: $0.message)
    }
  }

  private static func issue(_ path: String, _ message: String) -> LexiconIssue {
    LexiconIssue(file: path, line: 0, message: message)
  }
}
