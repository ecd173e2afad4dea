import Foundation
import LoaTestSupport
import Testing
import VietnameseText

/// One checked-in snapshot of normaliser output, compared line by line.
///
/// With `LOA_UPDATE_GOLDEN=1` in the environment the file is rewritten instead of compared;
/// review the change with `git diff Tests/Fixtures/normalizer/golden` before committing it.
struct GoldenSnapshot {
  /// The snapshot file, relative to `Tests/Fixtures/normalizer/golden/`.
  let name: String
  /// The written lines the snapshot was made from (shown beside a difference), if any.
  let inputs: [String]
  /// The current output, one line per entry.
  let lines: [String]

  /// The snapshot folder.
  static let folder = NormalizerFixtures.root.appendingPathComponent(
    "Tests/Fixtures/normalizer/golden")

  /// Whether this run rewrites snapshots rather than comparing them.
  static var updating: Bool { ProcessInfo.processInfo.environment["LOA_UPDATE_GOLDEN"] == "1" }

  /// Compares `lines` with the file (or rewrites it); returns a readable report of every
  /// differing line, `nil` when they agree.
  func check() throws -> String? {
    let url = Self.folder.appendingPathComponent(name)
    let text = lines.joined(separator: "\n") + "\n"
    if Self.updating {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return nil
    }
    guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
      return "\(name): no snapshot; run with LOA_UPDATE_GOLDEN=1 and review the new file."
    }
    var expected = stored.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if expected.last == "" { expected.removeLast() }
    return Self.report(name: name, inputs: inputs, expected: expected, actual: lines)
  }

  /// The differing lines of two snapshots: line number, input when known, "-" stored, "+" now.
  static func report(name: String, inputs: [String], expected: [String], actual: [String])
    -> String?
  {
    var report: [String] = []
    for index in 0..<max(expected.count, actual.count) {
      let old = index < expected.count ? expected[index] : "(no line)"
      let new = index < actual.count ? actual[index] : "(no line)"
      guard old != new else { continue }
      report.append("\(name):\(index + 1)")
      if index < inputs.count { report.append("  written: \(inputs[index])") }
      report.append("  - \(old)")
      report.append("  + \(new)")
    }
    guard !report.isEmpty else { return nil }
    report.append("If the change is deliberate: LOA_UPDATE_GOLDEN=1 swift test --filter Golden")
    return report.joined(separator: "\n")
  }
}
