import Foundation
import LoaTestSupport
import Testing

/// End-to-end: the built `loa render` on a fixture schedule, every file read back.
@Suite("loa render, end to end", .serialized)
struct RenderCommandTests {
  static let dates = ["2026-11-30", "2026-12-01", "2026-12-02"]

  @Test("every program file is a labelled, normalised WAV whose length matches the manifest")
  func filesMatchManifest() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let run = try fixture.render()
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.crashed)
    var count = 0
    for date in Self.dates {
      for program in try fixture.programs(date) {
        count += 1
        let file = fixture.out.appendingPathComponent("\(date)/\(program["file"] as! String)")
        let probe = try AudioProbe(file)
        #expect(probe.sampleRate == 22_050)
        #expect(probe.channels == 1)
        #expect(abs(probe.seconds - (program["seconds"] as! Double)) <= 0.010)
        let loudness = try AudioProbe.loudness(of: file)
        #expect(abs(loudness.integrated - -16) <= 0.5, "\(file.lastPathComponent): \(loudness)")
        #expect(loudness.truePeak <= -1.0 + 0.05, "\(file.lastPathComponent): \(loudness)")
        #expect(probe.strings["comment"]?.contains("trí tuệ nhân tạo") == true)
        #expect(probe.strings["title"]?.contains("Đài truyền thanh xã Thử Nghiệm") == true)
      }
      let playlist = try String(
        contentsOf: fixture.out.appendingPathComponent("\(date)/playlist.m3u"), encoding: .utf8)
      #expect(playlist.hasPrefix("#EXTM3U\n#EXTINF:"))
    }
    #expect(count == 5)
    #expect(run.stdout.contains("Tổng thời lượng phát"))
  }

  @Test("manifest items equal `loa plan --format json` items once the cache is warm")
  func manifestEqualsPlan() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    #expect(try fixture.render().status == 0)
    let plan = try fixture.planJSON()
    let planned = plan["programs"] as! [[String: Any]]
    var manifestPrograms: [[String: Any]] = []
    for date in Self.dates { manifestPrograms += try fixture.programs(date) }
    #expect(planned.count == manifestPrograms.count)
    for (planProgram, manifestProgram) in zip(planned, manifestPrograms) {
      let planItems = planProgram["items"] as! [[String: Any]]
      let manifestItems = manifestProgram["items"] as! [[String: Any]]
      #expect(planItems.count == manifestItems.count)
      for (planItem, manifestItem) in zip(planItems, manifestItems) {
        var stripped = manifestItem
        let offset = stripped.removeValue(forKey: "offset_seconds") as! Double
        #expect(try Self.canonical(stripped) == Self.canonical(planItem))
        #expect(planItem["estimated"] as? Bool == false)
        // The item really starts where the plan says (to the second printed).
        let start = (manifestItem["start"] as! String).split(separator: ":").map { Int($0)! }
        let slotStart = (manifestProgram["start"] as! String).split(separator: ":").map { Int($0)! }
        let planned =
          (start[0] * 3600 + start[1] * 60 + start[2]) - (slotStart[0] * 3600 + slotStart[1] * 60)
        #expect(abs(Double(planned) - offset) <= 0.5)
      }
    }
  }

  /// JSON text with sorted keys: equal values give equal text.
  static func canonical(_ object: [String: Any]) throws -> String {
    String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
      as: UTF8.self)
  }

  @Test("cold estimates are within ±10% of the rendered lengths")
  func coldEstimates() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let cold = try fixture.planJSON()["programs"] as! [[String: Any]]
    #expect(try fixture.render().status == 0)
    var manifestPrograms: [[String: Any]] = []
    for date in Self.dates { manifestPrograms += try fixture.programs(date) }
    for (planned, rendered) in zip(cold, manifestPrograms) {
      let estimate = planned["planned_seconds"] as! Double
      let actual = rendered["seconds"] as! Double
      #expect(
        abs(estimate - actual) / actual <= 0.10, "estimate \(estimate) s, rendered \(actual) s")
      for item in planned["items"] as! [[String: Any]] {
        #expect(item["estimated"] as? Bool == true)
      }
    }
  }

  @Test("a second run rebuilds nothing; changing one script rebuilds only its programs")
  func incremental() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    #expect(try fixture.render().status == 0)
    let before = try Self.dates.flatMap { date in
      try fixture.programs(date).map { "\(date)/\($0["file"]!)|\($0["sha256"]!)" }
    }
    let second = try fixture.render()
    #expect(second.status == 0)
    #expect(second.stdout.contains("(0 tạo mới, 5 không đổi), 0 đoạn đọc mới"), "\(second.stdout)")
    let script = fixture.root.appendingPathComponent("scripts/chien-dich/03-ma-otp.txt")
    var text = try String(contentsOf: script, encoding: .utf8)
    text += "Hãy nhớ: không đưa mã OTP.\n"
    try text.write(to: script, atomically: true, encoding: .utf8)
    let third = try fixture.render()
    #expect(third.status == 0)
    let after = try Self.dates.flatMap { date in
      try fixture.programs(date).map { "\(date)/\($0["file"]!)|\($0["sha256"]!)" }
    }
    let changed = zip(before, after).filter { $0 != $1 }.map { $0.0.split(separator: "|")[0] }
    // 03-ma-otp airs on 30/11 evening and 02/12 morning (see `loa plan`); nothing else changes.
    #expect(changed == ["2026-11-30/1700-chieu.wav", "2026-12-02/0600-sang.wav"])
    #expect(third.stdout.contains("(2 tạo mới, 3 không đổi), 1 đoạn đọc mới"), "\(third.stdout)")
  }

  @Test("report totals equal the manifests")
  func reportMatchesManifests() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    #expect(try fixture.render().status == 0)
    let run = try LoaProcess.run(
      [
        "report", "--schedule", fixture.schedule, "--from", "2026-11-30", "--to", "2026-12-02",
        "--format", "json", "--out", "out",
      ], in: fixture.root)
    #expect(run.status == 0, "\(run.stderr)")
    let report = try RenderFixture.object(Data(run.stdout.utf8))
    var programs = 0
    var seconds = 0.0
    var bulletins = 0
    var emergencies = 0
    for date in Self.dates {
      for program in try fixture.programs(date) {
        programs += 1
        seconds += program["seconds"] as! Double
        let items = program["items"] as! [[String: Any]]
        bulletins += items.filter { $0["campaign"] as? String == "canh-giac" }.count
        emergencies += items.filter { $0["priority"] as? String == "emergency" }.count
      }
    }
    #expect(report["programs"] as? Int == programs)
    #expect(abs((report["seconds"] as! Double) - seconds) < 0.01)
    let campaigns = report["campaigns"] as! [[String: Any]]
    #expect(campaigns.count == 1)
    #expect(campaigns.first?["airings"] as? Int == bulletins)
    #expect(campaigns.first?["distinct_scripts"] as? Int == 3)
    #expect((report["emergencies"] as! [Any]).count == emergencies)
    #expect(emergencies == 1)
  }

  @Test("an invalid schedule writes nothing and says why")
  func invalidSchedule() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let path = fixture.root.appendingPathComponent(fixture.schedule)
    let text = try String(contentsOf: path, encoding: .utf8)
      .replacingOccurrences(of: "at: \"17:00\"", with: "at: \"25:00\"")
    try text.write(to: path, atomically: true, encoding: .utf8)
    let run = try fixture.render()
    #expect(run.status != 0)
    #expect(!run.crashed)
    #expect(run.stderr.contains("lich.yaml:9:"), "\(run.stderr)")
    #expect(run.stderr.contains("chưa tạo tệp nào"))
    #expect(!FileManager.default.fileExists(atPath: fixture.out.path))
  }

  @Test("an unwritable output folder is one Vietnamese line, not a crash")
  func unwritableOutput() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let blocked = try UnwritableFolder()
    let run = try LoaProcess.run(
      [
        "render", "--schedule", fixture.schedule, "--date", "2026-12-01", "--out",
        blocked.url.appendingPathComponent("out").path,
      ],
      in: fixture.root)
    #expect(run.status != 0)
    #expect(!run.crashed)
    #expect(run.stderr.contains("không ghi được vào thư mục"), "\(run.stderr)")
  }
}
