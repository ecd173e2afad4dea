import Foundation
import LoaTestSupport
import Testing

/// `loa air` end to end on a virtual clock: `--device none --record --from --until --speed`.
@Suite("loa air, end to end", .serialized)
struct AirCommandTests {
  /// Runs `loa air --device none` on the fixture's schedule and output folder from `from` to
  /// `until` (both on 2026-12-01 unless they carry their own date) at `speed`.
  static func air(
    _ fixture: RenderFixture, from: String, until: String, speed: Int, _ extra: [String] = []
  ) throws -> LoaProcess {
    func instant(_ text: String) -> String {
      text.contains("T") ? text : "2026-12-01T\(text)+07:00"
    }
    return try LoaProcess.run(
      [
        "air", "--schedule", fixture.schedule, "--out", "out", "--device", "none",
        "--from", instant(from), "--until", instant(until), "--speed", "\(speed)",
      ] + extra, in: fixture.root)
  }

  /// The airings `loa status --format json` lists for the fixture's output folder.
  static func airings(_ fixture: RenderFixture) throws -> [[String: Any]] {
    let status = try LoaProcess.run(
      ["status", "--out", "out", "--format", "json"], in: fixture.root)
    #expect(status.status == 0, "\(status.stderr)")
    let json = try RenderFixture.object(Data(status.stdout.utf8))
    return try #require(json["airings"] as? [[String: Any]])
  }

  /// `loa air --record air.wav` from `from` to `until` at speed 20 around the fixture's 06:00
  /// program: the run, what it recorded, and the program file it played.
  static func recordedRehearsal(_ fixture: RenderFixture, from: String, until: String) throws
    -> (run: LoaProcess, recording: AudioProbe, program: AudioProbe)
  {
    let run = try air(fixture, from: from, until: until, speed: 20, ["--record", "air.wav"])
    #expect(run.status == 0, "\(run.stderr)")
    let recording = try AudioProbe(fixture.root.appendingPathComponent("air.wav"))
    let program = try AudioProbe(fixture.out.appendingPathComponent("2026-12-01/0600-sang.wav"))
    return (run, recording, program)
  }

  @Test("the recording is silent up to the program's instant, then the program; log = status")
  func rehearsal() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let (run, recording, program) = try Self.recordedRehearsal(
      fixture, from: "05:59:30", until: "06:01:30")
    #expect(run.stdout.contains("Phát đúng giờ: 2026-12-01/0600-sang.wav."))
    #expect(recording.sampleRate == program.sampleRate)
    // 120 s of timeline: 30 s of silence, the program, silence to the end. The rehearsal clock
    // moves only while the player waits, so the program starts at 06:00:00 exactly however
    // busy the machine is with other tests (a clock that ran on made it late by a second once).
    #expect(abs(recording.seconds - 120) < 0.05, "\(recording.seconds)")
    let rate = recording.sampleRate
    let lead = recording.samples.prefix(30 * rate)
    #expect(lead.allSatisfy { $0 == 0 }, "silence before the program's instant")
    let firstSound = recording.samples.firstIndex { $0 != 0 } ?? -1
    let programFirst = program.samples.firstIndex { $0 != 0 } ?? -1
    #expect(firstSound == 30 * rate + programFirst, "program at the exact sample offset")
    let airings = try Self.airings(fixture)
    #expect(airings.count == 1)
    #expect(airings.first?["status"] as? String == "aired")
    #expect(airings.first?["scheduled_at"] as? String == "2026-12-01T06:00:00+07:00")
    #expect(abs((airings.first?["played_seconds"] as? Double ?? 0) - program.seconds) < 0.1)
  }

  @Test("--until inside a program: the program airs to its end, then the run stops")
  func untilLetsTheProgramFinish() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let (run, recording, program) = try Self.recordedRehearsal(
      fixture, from: "05:59:50", until: "06:00:05")
    #expect(run.stdout.contains("Phát xong 2026-12-01/0600-sang.wav"), "\(run.stdout)")
    #expect(program.seconds > 15, "the program outlasts --until")
    // 10 s of silence, then the whole program; nothing after it.
    #expect(abs(recording.seconds - (10 + program.seconds)) < 0.05, "\(recording.seconds)")
    let airings = try Self.airings(fixture)
    #expect(airings.first?["status"] as? String == "aired")
    #expect(abs((airings.first?["played_seconds"] as? Double ?? 0) - program.seconds) < 0.1)
  }

  @Test("LOA_NOW without --from: the player starts there and its clock moves (not frozen)")
  func fixedNowRunsFromThere() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let run = try LoaProcess.run(
      [
        "air", "--schedule", fixture.schedule, "--out", "out", "--device", "none", "--until",
        "2026-12-01T06:00:40+07:00", "--speed", "10",
      ], in: fixture.root, environment: ["LOA_NOW": "2026-12-01T05:59:59+07:00"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("2026-12-01T05:59:59+07:00 "), "\(run.stdout)")
    #expect(run.stdout.contains("Phát đúng giờ: 2026-12-01/0600-sang.wav."), "\(run.stdout)")
    #expect(run.stdout.contains("Phát xong 2026-12-01/0600-sang.wav"), "\(run.stdout)")
  }

  @Test("restarted after the grace: the program is logged missed and not played")
  func missedAfterGrace() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let run = try Self.air(fixture, from: "06:20:00", until: "06:20:05", speed: 10)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Bỏ lỡ 2026-12-01/0600-sang.wav"))
    #expect(!run.stdout.contains("Phát đúng giờ"))
  }

  @Test(
    "bad options: one Vietnamese line, non-zero exit",
    arguments: [
      (["--device", "khong-co-card"], "không có thiết bị"),
      (["--from", "06:00"], "thời điểm '06:00' không hợp lệ"),
      (["--speed", "10"], "--speed chỉ dùng được với --device none."),
      (["--device", "none", "--stream", "http://x"], "icecast"),
    ])
  func badOptions(arguments: [String], message: String) throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let run = try LoaProcess.run(
      ["air", "--schedule", fixture.schedule, "--out", "out", "--until", "2026-12-01T00:00:00Z"]
        + arguments, in: fixture.root)
    #expect(run.status != 0 && !run.crashed)
    #expect(run.stderr.hasPrefix("loa: "), "\(run.stderr)")
    #expect(run.stderr.lowercased().contains(message.lowercased()), "\(run.stderr)")
    #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
  }

  @Test("after midnight the new tomorrow is rendered at once")
  func midnightRender() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let run = try Self.air(
      fixture, from: "23:59:55", until: "2026-12-02T00:00:10+07:00", speed: 5)
    #expect(run.status == 0, "\(run.stderr)")
    for date in ["2026-12-01", "2026-12-02", "2026-12-03"] {
      let manifest = fixture.out.appendingPathComponent("\(date)/manifest.json").path
      #expect(FileManager.default.fileExists(atPath: manifest), "\(date) rendered")
    }
  }

  @Test("an altered program file is rendered again before it airs, never aired as it is")
  func alteredFile() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    #expect(try fixture.render().status == 0)
    let file = fixture.out.appendingPathComponent("2026-12-01/0600-sang.wav")
    let good = try AudioProbe(file)
    let handle = try FileHandle(forWritingTo: file)
    try handle.seek(toOffset: 2_000)
    try handle.write(contentsOf: Data(repeating: 0x7f, count: 4_000))
    try handle.close()
    let run = try Self.air(
      fixture, from: "05:59:58", until: "06:00:45", speed: 10, ["--record", "air.wav"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try AiringRows.read(fixture.out)
    #expect(rows.map(\.status) == ["aired"], "\(rows)")
    let recording = try AudioProbe(fixture.root.appendingPathComponent("air.wav"))
    let offset = 2 * recording.sampleRate
    let aired = Array(recording.samples[offset..<(offset + good.frames)])
    let expected = good.samples.map { (Float(Int(($0 * 32767).rounded())) / 32767) }
    #expect(zip(aired, expected).allSatisfy { abs($0 - $1) < 0.001 }, "the intact program aired")
  }
}
