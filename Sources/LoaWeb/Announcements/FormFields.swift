import Foundation

/// The fields of an `application/x-www-form-urlencoded` body.
struct FormFields {
  private(set) var values: [String: String] = [:]

  init(_ body: String) {
    for pair in body.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = Self.decode(parts[0]) else { continue }
      values[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
    }
  }

  subscript(_ name: String) -> String? { values[name] }

  static func decode(_ text: Substring) -> String? {
    text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
  }
}
