import BroadcastPlan
import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

@testable import LoaStudio

/// Announcers' recordings beside scripts, through `Studio`: measured, trimmed, normalised,
/// aired with their exact length, labelled as read by a person; and `check`'s warnings.
@Suite("Recordings beside scripts", .serialized)
struct RecordingTests {
  static let day = StudioTests.day
  static let now = StudioTests.now
  static let scripts = "scripts/chien-dich/"

  /// A recording as long as `script`'s estimated reading (so no length warning), written beside
  /// it as `.ext`; returns what was written.
  @discardableResult
  static func record(
    _ script: String, in folder: TemporaryFolder, ext: String = "wav", seconds: Double? = nil
  ) throws -> TestRecording {
    let studio = StudioTests.studio(folder)
    let workspace = try studio.load(today: day)
    let schedule = try #require(workspace.schedule)
    let parsed = try #require(workspace.loaded.scripts.scripts[scripts + script + ".txt"])
    let estimate = DurationEstimator(voice: schedule.voice, timing: ProgramTiming())
      .estimate(schedule.spokenText(of: parsed))
    var recording = TestRecording()
    // Whole 10 ms windows, so that the trimmed length is known to the frame.
    recording.tone = ((seconds ?? estimate) * 100).rounded() / 100
    try recording.write(to: folder.file(scripts + script + "." + ext))
    return recording
  }

  /// The scripts that air on `day`, in program order (before any recording exists).
  static func airing(_ folder: TemporaryFolder) throws -> [String] {
    let studio = StudioTests.studio(folder)
    let plan = try studio.plan(try studio.load(today: day), from: day, through: day)
    return plan.programs.flatMap(\.contentItems).compactMap(\.script)
  }

  /// Loudness (LUFS) of `seconds` of `probe` from `start`, measured on a file written from it.
  static func loudness(_ probe: AudioProbe, from start: Double, seconds: Double) throws -> Double {
    let folder = try TemporaryFolder("loa-slice")
    defer { folder.remove() }
    let first = Int(start * Double(probe.sampleRate))
    let count = Int(seconds * Double(probe.sampleRate))
    let url = folder.file("slice.wav")
    try AudioFile.write(
      Array(probe.samples[first..<(first + count)]), sampleRate: probe.sampleRate, to: url)
    return try AudioProbe.loudness(of: url).integrated
  }

  /// RMS in dBFS of `probe` between two instants.
  static func level(_ probe: AudioProbe, _ from: Double, _ to: Double) -> Double {
    let range = Int(from * Double(probe.sampleRate))..<Int(to * Double(probe.sampleRate))
    let sum = probe.samples[range].reduce(0.0) { $0 + Double($1) * Double($1) }
    return 10 * log10(max(sum / Double(range.count), 1e-20))
  }

  @Test("a recording airs instead of synthesis: trimmed, normalised, exact length, no AI label")
  func airsRecording() throws {
    let folder = try StudioTests.copyFixture()
    defer { folder.remove() }
    let path = try #require(try Self.airing(folder).first)
    let name = String(path.dropFirst(Self.scripts.count).dropLast(4))
    let recording = try Self.record(name, in: folder)
    let studio = StudioTests.studio(folder)
    let workspace = try studio.load(today: Self.day)
    #expect(!workspace.hasErrors, "\(workspace.diagnostics)")
    #expect(!workspace.diagnostics.contains { $0.message.contains("bản thu") })
    // The plan knows the exact length before anything is rendered: the tone and two 100 ms
    // margins, at the station's 22,050 Hz.
    let kept = recording.toneEnd - recording.toneStart + 2 * 4_410
    let expectedFrames = Int((Double(kept) / 2).rounded())
    let expected = Double(expectedFrames) / 22_050
    let before = try studio.plan(workspace, from: Self.day, through: Self.day)
    let planned = try #require(before.programs.flatMap(\.items).first { $0.script == path })
    #expect(planned.seconds == expected)
    #expect(!planned.isEstimated && !planned.isSynthesised)
    #expect(planned.recording == Self.scripts + name + ".wav")

    _ = try studio.render(workspace, from: Self.day, through: Self.day, now: Self.now)
    let after = try studio.plan(workspace, from: Self.day, through: Self.day)
    let replanned = try #require(after.programs.flatMap(\.items).first { $0.script == path })
    #expect(replanned.seconds == expected && !replanned.isEstimated)
    let view = try #require(studio.output.day(Self.day))
    let program = try #require(view.manifest.programs.first)
    let item = try #require(program.items.first { $0.script == path })
    #expect(!item.synthesised && item.recording == planned.recording && !item.estimated)
    #expect(program.items.filter { $0.script != path }.allSatisfy { $0.synthesised })
    let index = try #require(program.items.firstIndex(of: item))
    let next = program.items[index + 1]
    #expect(abs(next.offsetSeconds - item.offsetSeconds - expected - 1.0) < 0.0011)

    // The processed recording in the cache: exactly that long, labelled as read by a person.
    let recordings = try FileManager.default.subpathsOfDirectory(
      atPath: studio.output.cacheURL.path
    ).filter { $0.hasSuffix(".wav") && $0.contains("rec-") }
    #expect(recordings.count == 1)
    let processed = try AudioProbe(studio.output.cacheURL.appendingPathComponent(recordings[0]))
    #expect(processed.frames == expectedFrames && processed.sampleRate == 22_050)
    #expect(processed.strings["comment"] == RecordingCache.label)
    #expect(!(processed.strings["comment"] ?? "").contains("trí tuệ nhân tạo"))

    // In the program file: 100 ms of silence, the tone, 100 ms of silence.
    let file = try AudioProbe(try #require(view.url(ofFile: program.file)))
    let start = item.offsetSeconds
    #expect(Self.level(file, start + 0.005, start + 0.09) < -45)
    #expect(Self.level(file, start + 0.11, start + 0.3) > -30)
    #expect(Self.level(file, start + expected - 0.3, start + expected - 0.11) > -30)
    #expect(Self.level(file, start + expected - 0.09, start + expected - 0.005) < -45)
    // Loudness: the quiet recording (about −37 LUFS) now matches the synthetic voice.
    let recorded = try Self.loudness(file, from: start + 0.1, seconds: expected - 0.2)
    let synthesised = try #require(program.items.first { $0.kind == "bulletin" && $0.synthesised })
    let voice = try Self.loudness(
      file, from: synthesised.offsetSeconds, seconds: synthesised.seconds - 0.5)
    #expect(abs(recorded - voice) < 2.5, "recorded \(recorded) LUFS, synthesised \(voice) LUFS")
    #expect(abs(program.loudnessLUFS - -16) <= 0.5)
    // The program's label names the synthesised parts and the recorded one apart.
    let comment = try #require(file.strings["comment"])
    #expect(
      comment.hasPrefix(AudioMetadata.aiLabel + " Phần đọc bằng giọng nói tổng hợp: Lời chào; "))
    #expect(
      comment.hasSuffix(
        "Phần do phát thanh viên của đài đọc (bản thu, không phải giọng nói tổng hợp): "
          + item.title + "."))
    // A second render reuses everything.
    let again = try studio.render(
      try studio.load(today: Self.day), from: Self.day, through: Self.day, now: Self.now)
    #expect(again.rendered == 0 && again.synthesized == 0)
  }

  @Test("the closing's disclosure is spoken only in programs with a synthesised item")
  func disclosure() throws {
    let folder = try StudioTests.copyFixture()
    defer { folder.remove() }
    for name in ["01-goi-video", "02-cong-an", "03-ma-otp"] {
      try Self.record(name, in: folder, ext: name == "02-cong-an" ? "flac" : "wav")
    }
    let studio = StudioTests.studio(folder)
    let workspace = try studio.load(today: Self.day)
    #expect(!workspace.hasErrors, "\(workspace.diagnostics)")
    let second = Self.day.adding(days: 1)
    _ = try studio.render(workspace, from: Self.day, through: second, now: Self.now)
    let full = "Bản tin được đọc bằng giọng nói tổng hợp. Xin cảm ơn bà con."
    let plan = try studio.plan(workspace, from: Self.day, through: second)
    var checked = 0
    for program in plan.programs {
      let synthesised = program.contentItems.contains { $0.isSynthesised }
      #expect(program.items.last?.text == (synthesised ? full : "Xin cảm ơn bà con."))
      let view = try #require(studio.output.day(program.date))
      let entry = try #require(view.program(slot: program.slot.id))
      let file = try AudioProbe(try #require(view.url(ofFile: entry.file)))
      let comment = try #require(file.strings["comment"])
      #expect(entry.items.map(\.synthesised) == program.items.map(\.isSynthesised))
      if !synthesised {
        #expect(
          comment.hasPrefix(
            AudioMetadata.aiLabel + " Phần đọc bằng giọng nói tổng hợp: Lời chào; Lời kết."))
      }
      checked += synthesised ? 1 : 10
    }
    // 1 Dec: recorded bulletins only; 2 Dec: the synthesised emergency announcement in the
    // morning, recorded bulletins in the afternoon.
    #expect(checked == 21)
  }

  @Test("a closing that is only the disclosure is left silent when every bulletin is recorded")
  func closingOnlyDisclosure() throws {
    let folder = try StudioTests.copyFixture()
    defer { folder.remove() }
    let schedule = folder.file("lich.yaml")
    let yaml = try String(contentsOf: schedule, encoding: .utf8).replacingOccurrences(
      of: "Bản tin được đọc bằng giọng nói tổng hợp. Xin cảm ơn bà con.",
      with: "Bản tin được đọc bằng giọng nói tổng hợp.")
    try yaml.write(to: schedule, atomically: true, encoding: .utf8)
    for name in ["01-goi-video", "02-cong-an", "03-ma-otp"] { try Self.record(name, in: folder) }
    let studio = StudioTests.studio(folder)
    let workspace = try studio.load(today: Self.day)
    _ = try studio.render(workspace, from: Self.day, through: Self.day, now: Self.now)
    let plan = try studio.plan(workspace, from: Self.day, through: Self.day)
    let closing = try #require(plan.programs.first?.items.last)
    #expect(closing.text == "" && closing.seconds == 0 && !closing.isEstimated)
    let program = try #require(studio.output.day(Self.day)?.manifest.programs.first)
    #expect(program.items.last?.seconds == 0)
  }

  @Test("check warns about a recording older than its script, with its FILE:LINE:COL")
  func stale() throws {
    let folder = try StudioTests.copyFixture()
    defer { folder.remove() }
    try Self.record("01-goi-video", in: folder)
    let script = folder.file(Self.scripts + "01-goi-video.txt")
    let written = try #require(RecordingCheck.modified(script))
    try FileManager.default.setAttributes(
      [.modificationDate: written.addingTimeInterval(-3_600)],
      ofItemAtPath: folder.file(Self.scripts + "01-goi-video.wav").path)
    let workspace = try StudioTests.studio(folder).load(today: Self.day)
    let found = workspace.diagnostics.filter { $0.message.contains("bản thu") }.map(\.description)
    #expect(
      found == [
        "\(script.path):1:1: cảnh báo: bản thu âm '01-goi-video.wav' cũ hơn kịch bản: nội dung "
          + "đã sửa sau khi thu; hãy thu lại, hoặc xoá bản thu để đọc bằng giọng tổng hợp"
      ])
    #expect(!workspace.hasErrors)
  }

  @Test("check warns about a recording much shorter or longer than its text")
  func wrongLength() throws {
    let folder = try StudioTests.copyFixture()
    defer { folder.remove() }
    try Self.record("01-goi-video", in: folder, seconds: 1.3)
    try Self.record("02-cong-an", in: folder, ext: "ogg", seconds: 30)
    try Self.record("03-ma-otp", in: folder, ext: "flac")
    let workspace = try StudioTests.studio(folder).load(today: Self.day)
    let found = workspace.diagnostics.filter { $0.message.contains("bản thu") }.map(\.description)
    #expect(found.count == 2, "\(found)")
    let short = folder.file(Self.scripts + "01-goi-video.wav").path
    let long = folder.file(Self.scripts + "02-cong-an.ogg").path
    #expect(
      found.first?.hasPrefix(
        "\(short):1:1: cảnh báo: bản thu âm dài 0:02 nhưng đọc kịch bản '01-goi-video.txt' mất "
          + "khoảng ") == true)
    #expect(found.first?.hasSuffix(": có lẽ nhầm tệp") == true)
    #expect(found.last?.hasPrefix("\(long):1:1: cảnh báo: bản thu âm dài 0:30 nhưng") == true)
    #expect(!workspace.hasErrors)
  }

  @Test("an unreadable or silent recording is an error at the file, and nothing is rendered")
  func badRecordings() throws {
    let folder = try StudioTests.copyFixture()
    defer { folder.remove() }
    let broken = folder.file(Self.scripts + "01-goi-video.mp3")
    try Data("ID3 không phải âm thanh".utf8).write(to: broken)
    var silent = TestRecording()
    silent.amplitude = 0
    try silent.write(to: folder.file(Self.scripts + "02-cong-an.wav"))
    let studio = StudioTests.studio(folder)
    let workspace = try studio.load(today: Self.day)
    let found = workspace.diagnostics.filter { $0.message.contains("bản thu") }
    #expect(found.count == 2, "\(found)")
    #expect(found.allSatisfy { $0.severity == .error && $0.line == 1 && $0.column == 1 })
    #expect(found.first?.file == broken.path)
    #expect(found.first?.message.hasPrefix("không đọc được bản thu âm (") == true)
    #expect(found.first?.message.contains("\n") == false)
    #expect(
      found.last?.description
        == "\(folder.file(Self.scripts + "02-cong-an.wav").path):1:1: lỗi: bản thu âm không có "
        + "tiếng (chỉ có im lặng); hãy thu lại, hoặc xoá tệp để đọc bằng giọng tổng hợp")
    #expect(throws: StudioError.scheduleInvalid(errorCount: workspace.errorCount)) {
      try studio.render(workspace, from: Self.day, through: Self.day, now: Self.now)
    }
  }
}
