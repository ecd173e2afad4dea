import Foundation
import LoaTestSupport
import Testing

/// `kill -9` of `loa air` at random moments, restarted each time where the clock had got to.
@Suite("loa air survives SIGKILL", .serialized)
struct AirKillTests {
  @Test("20 kills: no on_air row left, never two aired rows, the program still within grace airs")
  func killAndRestart() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    var random = SeededGenerator(seed: 20_261_209)
    let speed = 10.0
    // Virtual seconds after 05:59:50 that each run starts at.
    var virtual = 0.0
    func instant(_ seconds: Double) -> String {
      let total = Int(5 * 3600 + 59 * 60 + 50 + seconds)
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      return "2026-12-01T\(two(total / 3600)):\(two(total / 60 % 60)):\(two(total % 60))+07:00"
    }
    var kills = 0
    for _ in 0..<20 {
      let delay = Double.random(in: 0.3...0.9, using: &random)
      let started = Date()
      let killed = try LoaProcess.runAndKill(
        [
          "air", "--schedule", fixture.schedule, "--out", "out", "--device", "none",
          "--from", instant(virtual), "--until", instant(240), "--speed", "\(speed)",
        ], in: fixture.root, after: delay)
      if killed { kills += 1 }
      virtual += Date().timeIntervalSince(started) * speed * 0.5
    }
    #expect(kills >= 15, "most runs should have been killed mid-way")
    #expect(virtual < 180, "the restarts stay within the 10-minute grace")
    let last = try LoaProcess.run(
      [
        "air", "--schedule", fixture.schedule, "--out", "out", "--device", "none",
        "--from", instant(virtual), "--until", instant(virtual + 60), "--speed", "20",
      ], in: fixture.root)
    #expect(last.status == 0, "\(last.stderr)")
    let rows = try AiringRows.read(fixture.out)
    #expect(!rows.contains { $0.status == "on_air" }, "a crash's on_air row is always closed")
    let aired = rows.filter { $0.status == "aired" || $0.status == "late" }
    #expect(aired.filter { $0.slot == "sang" }.count == 1, "\(rows)")
    #expect(Set(aired.map { "\($0.date) \($0.slot)" }).count == aired.count, "never twice")
    let program = try AudioProbe(fixture.out.appendingPathComponent("2026-12-01/0600-sang.wav"))
    for row in rows where row.status == "interrupted" {
      #expect(row.playedSeconds <= program.seconds + 0.01)
    }
  }

  @Test("SIGTERM mid-program: exit 0, the airing closed as interrupted, the recording complete")
  func terminate() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    #expect(try fixture.render().status == 0)
    let process = Process()
    process.executableURL = LoaProcess.binary
    process.arguments = [
      "air", "--schedule", fixture.schedule, "--out", "out", "--device", "none",
      "--record", "air.wav", "--from", "2026-12-01T05:59:59+07:00", "--speed", "2",
    ]
    process.currentDirectoryURL = fixture.root
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 4)
    process.terminate()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let rows = try AiringRows.read(fixture.out)
    #expect(rows.map(\.status) == ["interrupted"], "\(rows)")
    #expect(rows.first?.note.contains("tín hiệu dừng") == true)
    let recording = try AudioProbe(fixture.root.appendingPathComponent("air.wav"))
    #expect(recording.seconds > 1 && recording.samples.contains { $0 != 0 })
  }
}
