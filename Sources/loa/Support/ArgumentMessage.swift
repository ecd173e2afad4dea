import Foundation

/// ArgumentParser's own messages (unknown option, bad value, missing argument) in Vietnamese,
/// so the operator never reads English; anything unrecognised is shown as it is.
enum ArgumentMessage {
  private static let rules: [(pattern: String, template: String)] = [
    (
      #"^The value '(.*)' is invalid for '(.*)'\. Please provide one of (.*)\.$"#,
      "giá trị '$1' không hợp lệ cho '$2'; dùng một trong: $3."
    ),
    (#"^The value '(.*)' is invalid for '(.*)'.*$"#, "giá trị '$1' không hợp lệ cho '$2'."),
    (#"^Unknown option '(.*)'$"#, "không có tùy chọn '$1'; xem --help."),
    (#"^Missing value for '(.*)'$"#, "thiếu giá trị cho '$1'."),
    (#"^Missing expected argument '(.*)'$"#, "thiếu tham số '$1'."),
    (#"^Unexpected argument '(.*)'$"#, "tham số thừa '$1'."),
    (#"^(\d+) unexpected arguments: (.*)$"#, "$1 tham số thừa: $2."),
  ]

  /// The Vietnamese line for one of ArgumentParser's messages (`Error: ` prefix removed).
  static func vietnamese(_ message: String) -> String {
    var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.hasPrefix("Error: ") { text = String(text.dropFirst(7)) }
    let firstLine = String(text.split(separator: "\n", maxSplits: 1).first ?? "")
    for rule in rules {
      guard let expression = try? NSRegularExpression(pattern: rule.pattern) else { continue }
      let range = NSRange(firstLine.startIndex..., in: firstLine)
      if expression.firstMatch(in: firstLine, range: range) != nil {
        let translated = expression.stringByReplacingMatches(
          in: firstLine, range: range, withTemplate: rule.template)
        return translated.replacingOccurrences(of: " and ", with: ", ")
          .replacingOccurrences(of: " or ", with: ", ")
      }
    }
    return firstLine
  }
}
