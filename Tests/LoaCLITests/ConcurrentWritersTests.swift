import Foundation
import LoaTestSupport
import Synchronization
import Testing

/// Two `loa render` runs and a reader on one output folder: the writers take turns on the
/// folder's lock, and the reader never sees a missing or partial day.
@Suite("Writers share one output folder", .serialized)
struct ConcurrentWritersTests {
  @Test("two renders and a reader: both renders succeed, every read sees a whole day")
  func twoRendersAndAReader() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let first = try fixture.render()
    #expect(first.status == 0, "\(first.stderr)")
    // Edit a script so both runs really rebuild days while the reader reads.
    let script = fixture.root.appendingPathComponent("scripts/chien-dich/01-goi-video.txt")
    let text = try String(contentsOf: script, encoding: .utf8)
    try (text + "\nXin bà con lưu ý.\n").write(to: script, atomically: true, encoding: .utf8)
    let results = Mutex<[LoaProcess]>([])
    let group = DispatchGroup()
    for offset in 0..<2 {
      group.enter()
      Thread {
        Thread.sleep(forTimeInterval: Double(offset) * 0.05)
        if let run = try? fixture.render() { results.withLock { $0.append(run) } }
        group.leave()
      }.start()
    }
    var reads = 0
    var broken: [String] = []
    while group.wait(timeout: .now()) == .timedOut {
      reads += 1
      for date in RenderCommandTests.dates { broken += Self.problems(fixture, date) }
    }
    let runs = results.withLock { $0 }
    #expect(runs.count == 2)
    for run in runs { #expect(run.status == 0, "\(run.stderr)") }
    #expect(
      runs.contains { $0.stderr.contains("Đang chờ: một lệnh khác đang ghi vào thư mục") },
      "one of the runs should have waited for the other")
    // The reader really read while the renders ran (several passes over every day; how many
    // depends on the machine's load, and the renders got faster with parallel programs).
    #expect(reads >= 3)
    #expect(broken.isEmpty, "\(broken.prefix(5))")
  }

  /// What is wrong with a day as a reader sees it now (nothing when it is whole). The reader
  /// resolves `out/DATE` once, as `OutputFolder.day(_:)` does, and reads everything from there.
  static func problems(_ fixture: RenderFixture, _ date: String) -> [String] {
    let day = fixture.out.appendingPathComponent(date).resolvingSymlinksInPath()
    let manifestPath = day.appendingPathComponent("manifest.json").path
    guard let data = FileManager.default.contents(atPath: manifestPath),
      let manifest = try? RenderFixture.object(data),
      let programs = manifest["programs"] as? [[String: Any]]
    else { return ["\(date): no manifest"] }
    var problems: [String] = []
    for program in programs {
      let file = program["file"] as? String ?? "?"
      guard let probe = try? AudioProbe(day.appendingPathComponent(file)) else {
        problems.append("\(date)/\(file): unreadable")
        continue
      }
      if abs(probe.seconds - (program["seconds"] as? Double ?? -1)) > 0.010 {
        problems.append(
          "\(date)/\(file): \(probe.seconds) s, manifest \(program["seconds"] ?? "?")")
      }
    }
    return problems
  }
}
