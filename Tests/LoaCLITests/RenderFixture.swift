import Foundation
import LoaTestSupport

/// A copy of `Tests/Fixtures/render` in a temporary folder, with helpers to run `loa` on it and
/// read what it wrote.
struct RenderFixture {
  let folder: TemporaryFolder
  var root: URL { folder.url }
  var out: URL { root.appendingPathComponent("out") }
  let schedule = "lich.yaml"

  init() throws {
    folder = try TemporaryFolder("loa-render")
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/render")
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(name), to: root.appendingPathComponent(name))
    }
  }

  /// Runs `loa render` for `days` days from `date`.
  func render(_ date: String = "2026-11-30", days: Int = 3) throws -> LoaProcess {
    try LoaProcess.run(
      ["render", "--schedule", schedule, "--date", date, "--days", "\(days)", "--out", "out"],
      in: root)
  }

  /// Runs `loa plan --format json` against the same output folder.
  func planJSON(_ date: String = "2026-11-30", days: Int = 3) throws -> [String: Any] {
    let run = try LoaProcess.run(
      [
        "plan", "--schedule", schedule, "--from", date, "--days", "\(days)", "--format", "json",
        "--out", "out",
      ],
      in: root)
    guard run.status == 0 else { throw FixtureError.failed(run.stderr) }
    return try Self.object(Data(run.stdout.utf8))
  }

  /// The manifest of a day, as JSON.
  func manifest(_ date: String) throws -> [String: Any] {
    try Self.object(Data(contentsOf: out.appendingPathComponent("\(date)/manifest.json")))
  }

  /// The programs of a manifest.
  func programs(_ date: String) throws -> [[String: Any]] {
    try manifest(date)["programs"] as? [[String: Any]] ?? []
  }

  static func object(_ data: Data) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw FixtureError.notJSON
    }
    return object
  }

  enum FixtureError: Error {
    case failed(String)
    case notJSON
  }
}
