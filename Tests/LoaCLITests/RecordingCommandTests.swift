import Foundation
import LoaTestSupport
import Testing

/// `loa check`, `loa plan` and `loa render` with announcers' recordings beside the scripts.
@Suite("Recordings through the CLI", .serialized)
struct RecordingCommandTests {
  static let scripts = "scripts/chien-dich/"
  static let names = ["01-goi-video", "02-cong-an", "03-ma-otp"]

  /// A 6 s tone between silences beside every campaign script: 6.2 s once trimmed.
  static func fixture() throws -> RenderFixture {
    let fixture = try RenderFixture()
    var recording = TestRecording()
    recording.tone = 6
    for name in names {
      try recording.write(to: fixture.root.appendingPathComponent(scripts + name + ".wav"))
    }
    return fixture
  }

  @Test("check warns at the script when its recording is older, exit 0")
  func staleWarning() throws {
    let fixture = try Self.fixture()
    defer { fixture.folder.remove() }
    let script = fixture.root.appendingPathComponent(Self.scripts + "02-cong-an.txt")
    let written = try #require(
      try FileManager.default.attributesOfItem(atPath: script.path)[.modificationDate] as? Date)
    try FileManager.default.setAttributes(
      [.modificationDate: written.addingTimeInterval(-60)],
      ofItemAtPath: fixture.root.appendingPathComponent(Self.scripts + "02-cong-an.wav").path)
    let run = try LoaProcess.run(
      ["check", "--schedule", fixture.schedule, "--no-pronunciation"], in: fixture.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "scripts/chien-dich/02-cong-an.txt:1:1: cảnh báo: bản thu âm '02-cong-an.wav' cũ hơn "
          + "kịch bản: nội dung đã sửa sau khi thu; hãy thu lại, hoặc xoá bản thu để đọc bằng "
          + "giọng tổng hợp\n"))
    let recordingLines = run.stderr.split(separator: "\n").filter { $0.contains("bản thu") }
    #expect(recordingLines.count == 1, "\(recordingLines)")
  }

  @Test("plan shows the recording's exact length before a render; render airs it unlabelled")
  func planAndRender() throws {
    let fixture = try Self.fixture()
    defer { fixture.folder.remove() }
    let plan = try fixture.planJSON("2026-12-01", days: 1)
    let programs = try #require(plan["programs"] as? [[String: Any]])
    let items = programs.flatMap { $0["items"] as? [[String: Any]] ?? [] }
    let bulletins = items.filter { $0["kind"] as? String == "bulletin" }
    #expect(bulletins.count == 2)
    for item in bulletins {
      #expect(item["seconds"] as? Double == 6.2)
      #expect(item["estimated"] as? Bool == false)
      #expect(item["synthesised"] as? Bool == false)
      #expect((item["recording"] as? String)?.hasSuffix(".wav") == true)
    }
    let closing = try #require(items.last)
    #expect(closing["synthesised"] as? Bool == true)

    let run = try fixture.render("2026-12-01", days: 1)
    #expect(run.status == 0, "\(run.stderr)")
    let program = try #require(try fixture.programs("2026-12-01").first)
    let rendered = try #require(program["items"] as? [[String: Any]])
    #expect(
      rendered.map { $0["synthesised"] as? Bool } == [true, false, false, true])
    let file = fixture.out.appendingPathComponent("2026-12-01/\(program["file"] as? String ?? "")")
    let comment = try #require(try AudioProbe(file).strings["comment"])
    #expect(comment.contains("Phần đọc bằng giọng nói tổng hợp: Lời chào; Lời kết."))
  }
}
