import Foundation
import LoaTestSupport
import Synchronization
import Testing

/// `loa air`, `loa emergency` and `loa render` at once on one output folder.
@Suite("loa air with emergencies and renders", .serialized)
struct AirEmergencyTests {
  @Test("no player running: the notice is queued, one Vietnamese line, exit 3")
  func noPlayer() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let run = try LoaProcess.run(
      ["emergency", "--schedule", fixture.schedule, "--out", "out", "Mất điện lúc 14 giờ."],
      in: fixture.root)
    #expect(run.status == 3)
    #expect(
      run.stderr
        == "loa: chưa có 'loa air' nào đang chạy trên 'out': thông báo được giữ trong hàng đợi 30 phút.\n"
    )
    let queued = try FileManager.default.contentsOfDirectory(
      atPath: fixture.out.appendingPathComponent(".air/queue").path)
    #expect(
      queued.filter { !$0.hasPrefix(".") }.sorted().map { String($0.suffix(4)) } == [
        "json", ".wav",
      ])
  }

  @Test("an emergency interrupts the program, airs, and the program airs again; renders meanwhile")
  func interruptAndResume() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    #expect(try fixture.render().status == 0)
    let air = Mutex<LoaProcess?>(nil)
    let done = DispatchSemaphore(value: 0)
    Thread {
      let run = try? LoaProcess.run(
        [
          "air", "--schedule", fixture.schedule, "--out", "out", "--device", "none",
          "--from", "2026-12-01T05:59:58+07:00", "--until", "2026-12-01T06:01:45+07:00",
          "--speed", "4",
        ], in: fixture.root)
      air.withLock { $0 = run }
      done.signal()
    }.start()
    // Wait until the 06:00 program is on air (its row says so), then interrupt at once: a
    // fixed sleep raced the program's end on a loaded machine.
    let onAir = Self.waitForOnAir(fixture.out, within: 60)
    #expect(onAir, "the 06:00 program never went on air")
    let emergency = try LoaProcess.run(
      ["emergency", "--schedule", fixture.schedule, "--out", "out", "Mất điện lúc 14 giờ."],
      in: fixture.root)
    #expect(emergency.status == 0, "\(emergency.stderr)")
    let second = try LoaProcess.run(
      ["air", "--out", "out", "--schedule", fixture.schedule, "--device", "none"], in: fixture.root)
    #expect(second.status != 0 && second.stderr.contains("đã có 'loa air' đang chạy"))
    let render = try fixture.render()
    #expect(render.status == 0, "\(render.stderr)")
    var broken: [String] = []
    while done.wait(timeout: .now() + 0.05) == .timedOut {
      for date in RenderCommandTests.dates {
        broken += ConcurrentWritersTests.problems(fixture, date)
      }
    }
    #expect(broken.isEmpty, "\(broken.prefix(3))")
    let run = try #require(air.withLock { $0 })
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Phát thông báo khẩn"))
    let rows = try AiringRows.read(fixture.out)
    let kinds = rows.map { "\($0.slot) \($0.kind) \($0.status)" }
    #expect(
      kinds == ["sang program interrupted", "khan emergency aired", "sang program late"], "\(kinds)"
    )
    #expect(rows[0].note.contains("nhường thông báo khẩn"))
    #expect(rows[0].playedSeconds > 0 && rows[0].playedSeconds < 32)
  }

  /// Polls the airing log until a row is `on_air`; false when none is within `seconds`.
  static func waitForOnAir(_ out: URL, within seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let log = out.appendingPathComponent("loa.sqlite").path
      if FileManager.default.fileExists(atPath: log), let rows = try? AiringRows.read(out),
        rows.contains(where: { $0.status == "on_air" })
      {
        return true
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return false
  }
}
