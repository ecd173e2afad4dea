import Foundation
import LoaTestSupport
import Testing

/// `kill -9` at any moment leaves each day as it was or complete; the next run finishes.
@Suite("loa render survives SIGKILL", .serialized)
struct RenderKillTests {
  @Test("killed several times at random moments: no truncated or unlisted file, then complete")
  func killAndResume() throws {
    // The kill moments scale with an uninterrupted cold run of the same binary (debug or
    // release), so they land inside the render whatever its speed.
    let reference = try RenderFixture()
    defer { reference.folder.remove() }
    let started = Date()
    let whole = try reference.render()
    let length = Date().timeIntervalSince(started)
    #expect(whole.status == 0, "\(whole.stderr)")
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    var random = SeededGenerator(seed: 20_261_201)
    var kills = 0
    for _ in 0..<4 {
      // Each attempt starts with an empty speech cache, so it lasts about as long as the
      // reference run and the kill lands inside it; the day folders carry over.
      try? FileManager.default.removeItem(at: fixture.out.appendingPathComponent(".cache"))
      let killed = try LoaProcess.runAndKill(
        [
          "render", "--schedule", fixture.schedule, "--date", "2026-11-30", "--days", "3",
          "--out", "out",
        ], in: fixture.root,
        after: length * Double.random(in: 0.05...0.6, using: &random))
      if killed { kills += 1 }
      try Self.checkConsistent(fixture)
    }
    #expect(kills >= 2, "the render should have been interrupted mid-way at least twice")
    let finish = try fixture.render()
    #expect(finish.status == 0, "\(finish.stderr)")
    try Self.checkConsistent(fixture)
    #expect(try RenderCommandTests.dates.flatMap { try fixture.programs($0) }.count == 5)
    let leftovers = Self.allFiles(under: fixture.out).filter {
      $0.contains(".loa-") || $0.contains(".staging") || $0.contains(".trash")
    }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }

  /// Every day folder has a manifest listing exactly its audio files, each complete (readable,
  /// length and checksum as listed).
  static func checkConsistent(_ fixture: RenderFixture) throws {
    for date in RenderCommandTests.dates {
      let day = fixture.out.appendingPathComponent(date)
      guard FileManager.default.fileExists(atPath: day.path) else { continue }
      let programs = try fixture.programs(date)
      let audio = try FileManager.default.contentsOfDirectory(atPath: day.path)
        .filter { $0.hasSuffix(".wav") }.sorted()
      #expect(audio == programs.map { $0["file"] as! String }.sorted(), "\(date): \(audio)")
      for program in programs {
        let probe = try AudioProbe(day.appendingPathComponent(program["file"] as! String))
        #expect(abs(probe.seconds - (program["seconds"] as! Double)) <= 0.010)
      }
    }
  }

  static func allFiles(under folder: URL) -> [String] {
    (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
  }
}
