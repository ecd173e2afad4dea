import Foundation
import Yams

/// Reads typed values out of Yams nodes, keeping every position and collecting every problem.
struct NodeReader {
  /// The file the nodes come from.
  let file: String
  /// Problems found so far.
  var diagnostics: [Diagnostic] = []

  init(file: String) {
    self.file = file
  }

  /// The 1-based position of a node.
  func location(_ node: Node) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  mutating func error(_ node: Node, _ message: String) {
    diagnostics.append(Diagnostic(location(node), .error, message))
  }

  mutating func error(at location: SourceLocation, _ message: String) {
    diagnostics.append(Diagnostic(location, .error, message))
  }

  /// A mapping's entries by key, after reporting unknown and repeated keys and missing ones.
  mutating func fields(
    _ node: Node, of what: String, allowed: [String], required: [String] = []
  ) -> [String: (key: Node, value: Node)]? {
    guard case .mapping(let mapping) = node else {
      error(node, "\(what) phải là một bảng khoá: giá trị")
      return nil
    }
    var result: [String: (key: Node, value: Node)] = [:]
    for (key, value) in mapping {
      guard let name = key.scalar?.string else {
        error(key, "khoá trong \(what) phải là một chữ")
        continue
      }
      guard allowed.contains(name) else {
        error(
          key, "khoá không rõ '\(name)' trong \(what)\(Suggestion.hint(for: name, in: allowed))")
        continue
      }
      if result[name] != nil {
        error(key, "khoá '\(name)' bị lặp lại trong \(what)")
        continue
      }
      result[name] = (key, value)
    }
    for name in required where result[name] == nil {
      error(node, "\(what) thiếu khoá bắt buộc '\(name)'")
    }
    return result
  }

  /// A non-empty text value.
  mutating func string(_ node: Node, _ key: String) -> String? {
    guard let scalar = node.scalar else {
      error(node, "'\(key)' phải là một chữ, không phải danh sách hay bảng")
      return nil
    }
    let text = scalar.string.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else {
      error(node, "'\(key)' không được để trống")
      return nil
    }
    return text
  }

  /// An integer value within `range`.
  mutating func int(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let text = node.scalar?.string, let value = Int(text) else {
      error(node, "'\(key)' phải là một số nguyên, không phải '\(describe(node))'")
      return nil
    }
    guard range.contains(value) else {
      error(
        node, "'\(key)' phải từ \(range.lowerBound) đến \(range.upperBound), không phải \(value)")
      return nil
    }
    return value
  }

  /// A number within `range`.
  mutating func double(_ node: Node, _ key: String, in range: ClosedRange<Double>) -> Double? {
    guard let text = node.scalar?.string, let value = Double(text) else {
      error(node, "'\(key)' phải là một số, không phải '\(describe(node))'")
      return nil
    }
    guard range.contains(value) else {
      error(
        node, "'\(key)' phải từ \(range.lowerBound) đến \(range.upperBound), không phải \(text)")
      return nil
    }
    return value
  }

  /// `true` or `false`.
  mutating func bool(_ node: Node, _ key: String) -> Bool? {
    switch node.scalar?.string.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      error(node, "'\(key)' phải là true hoặc false, không phải '\(describe(node))'")
      return nil
    }
  }

  /// A `YYYY-MM-DD` date.
  mutating func date(_ node: Node, _ key: String) -> CalendarDay? {
    guard let text = node.scalar?.string, let day = CalendarDay.parse(text) else {
      error(
        node,
        "ngày không hợp lệ '\(describe(node))' ở '\(key)' (cần dạng YYYY-MM-DD, ví dụ 2026-12-05)")
      return nil
    }
    return day
  }

  /// A `HH:MM` time.
  mutating func time(_ node: Node, _ key: String) -> TimeOfDay? {
    guard let text = node.scalar?.string, let time = TimeOfDay.parse(text) else {
      error(
        node, "giờ không hợp lệ '\(describe(node))' ở '\(key)' (cần dạng HH:MM, từ 00:00 đến 23:59)"
      )
      return nil
    }
    return time
  }

  /// A duration such as `15m`, in seconds.
  mutating func duration(_ node: Node, _ key: String) -> Int? {
    guard let text = node.scalar?.string, let seconds = ValueParser.duration(text) else {
      error(
        node,
        "thời lượng không hợp lệ '\(describe(node))' ở '\(key)' (ví dụ đúng: 15m, 90s, 1h, 1h30m)")
      return nil
    }
    return seconds
  }

  /// A priority key.
  mutating func priority(_ node: Node) -> Priority? {
    let keys = Priority.allCases.map(\.key)
    guard let text = node.scalar?.string, let priority = Priority(key: text) else {
      let hint = Suggestion.hint(for: node.scalar?.string ?? "", in: keys)
      error(
        node,
        "mức ưu tiên không hợp lệ '\(describe(node))' (chỉ có normal, priority, emergency)\(hint)")
      return nil
    }
    return priority
  }

  /// `daily`, `weekdays`, `weekends` or a list of `t2`…`t7`, `cn`, `mon`…`sun`.
  mutating func days(_ node: Node) -> Set<Weekday>? {
    let help = "(dùng daily, weekdays, weekends hoặc danh sách t2…t7, cn)"
    if let text = node.scalar?.string {
      if let days = ValueParser.namedDays(text) { return days }
      if let day = Weekday(code: text) { return [day] }
      error(node, "ngày phát không hợp lệ '\(text)' \(help)")
      return nil
    }
    guard case .sequence(let items) = node, !items.isEmpty else {
      error(node, "ngày phát không hợp lệ \(help)")
      return nil
    }
    var result: Set<Weekday> = []
    var valid = true
    for item in items {
      if let text = item.scalar?.string, let day = Weekday(code: text) {
        result.insert(day)
      } else {
        error(item, "ngày trong tuần không hợp lệ '\(describe(item))' \(help)")
        valid = false
      }
    }
    return valid ? result : nil
  }

  /// A list's items (a single scalar counts as a one-item list when `allowScalar`).
  mutating func list(_ node: Node, _ key: String, allowScalar: Bool = false) -> [Node]? {
    if case .sequence(let items) = node { return Array(items) }
    if allowScalar, node.scalar != nil { return [node] }
    error(node, "'\(key)' phải là một danh sách")
    return nil
  }

  /// A short rendering of a node for messages.
  func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): scalar.string
    case .sequence: "[…]"
    case .mapping: "{…}"
    case .alias: "*…"
    }
  }
}
