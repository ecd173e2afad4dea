import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// The air-check recording, read back with libsndfile: exact length, exact silence, readable
/// mid-recording, typed errors.
@Suite struct AirCheckRecorderTests {
  static let rate = 22_050

  @Test("Exactly the frames written: tone, exact-zero silence run, tone; temporary name renamed")
  func exactSamples() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("air-2026-12-01.wav")
    let recorder = try AirCheckRecorder(url: url, sampleRate: Self.rate)
    let tone = ToneAnalysis.tone(frequency: 440, seconds: 0.5, sampleRate: Self.rate)
    try recorder.write(tone)
    try recorder.writeSilence(frames: 33_333)
    try recorder.write(tone)
    #expect(recorder.framesWritten == 2 * tone.count + 33_333)
    #expect(folder.contents().count == 1 && folder.contents()[0].contains(".loa-rec-"))
    try recorder.close()
    try recorder.close()  // twice is fine
    #expect(folder.contents() == ["air-2026-12-01.wav"])
    let probe = try AudioProbe(url)
    #expect(probe.frames == 2 * tone.count + 33_333)
    #expect(probe.sampleRate == Self.rate && probe.channels == 1)
    #expect(probe.subtype == AudioProbe.pcm16)
    let silence = probe.samples[tone.count..<(tone.count + 33_333)]
    #expect(silence.allSatisfy { $0 == 0 })
    #expect(abs(probe.samples[tone.count - 1]) > 0 || abs(probe.samples[tone.count - 2]) > 0)
    let second = probe.samples[(tone.count + 33_333)...]
    #expect(abs(ToneAnalysis.zeroCrossingFrequency(second, sampleRate: Self.rate) - 440) < 1)
    #expect(throws: PlayoutError.closed(recorder.name)) { try recorder.write(tone) }
  }

  @Test("Mid-recording the file on disk (what a killed player leaves) reads up to the last header")
  func readableBeforeClose() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("air.wav")
    let recorder = try AirCheckRecorder(url: url, sampleRate: Self.rate, headerInterval: 1)
    let tone = ToneAnalysis.tone(frequency: 1_000, seconds: 2.5, sampleRate: Self.rate)
    for start in stride(from: 0, to: tone.count, by: 2_205) {
      try recorder.write(Array(tone[start..<min(start + 2_205, tone.count)]))
    }
    // The data is in the kernel once written (libsndfile does not buffer), so this copy is what
    // SIGKILL would leave behind.
    let temporary = try #require(folder.contents().first)
    let copy = folder.file("after-kill.wav")
    try FileManager.default.copyItem(at: folder.file(temporary), to: copy)
    let probe = try AudioProbe(copy)
    #expect(probe.frames == 2 * Self.rate, "header rewritten at 1 s and 2 s")
    #expect(
      abs(ToneAnalysis.zeroCrossingFrequency(probe.samples[...], sampleRate: Self.rate) - 1_000) < 1
    )
    try recorder.drain()
    try FileManager.default.removeItem(at: copy)
    try FileManager.default.copyItem(at: folder.file(temporary), to: copy)
    #expect(try AudioProbe(copy).frames == tone.count, "drain rewrites the header at once")
    try recorder.close()
    #expect(try AudioProbe(url).frames == tone.count)
  }

  @Test("A recording left by a dead process gets its name back; a live one's is left alone")
  func recoverUnfinished() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let dead = try TestServer("/bin/true", [], log: folder.file("true.log"))
    #expect(dead.waitForExit(timeout: 5))
    try FileManager.default.removeItem(at: folder.file("true.log"))
    let tone = ToneAnalysis.tone(frequency: 440, seconds: 0.2, sampleRate: Self.rate)
    let live = try AirCheckRecorder(url: folder.file("live.wav"), sampleRate: Self.rate)
    try live.write(tone)
    try AudioFile.write(tone, sampleRate: Self.rate, to: folder.file("air.wav"))
    try FileManager.default.moveItem(
      at: folder.file("air.wav"), to: folder.file(".air.wav.loa-rec-\(dead.pid)-42"))
    try AudioFile.write(tone, sampleRate: Self.rate, to: folder.file("air.wav"))
    let recovered = try AirCheckRecorder.recoverUnfinished(in: folder.url)
    #expect(recovered.map(\.lastPathComponent) == ["air-\(dead.pid).wav"])
    #expect(try AudioProbe(recovered[0]).frames == tone.count)
    #expect(folder.contents().filter { $0.hasPrefix(".live.wav.loa-rec-") }.count == 1)
    try live.close()
  }

  @Test("An unwritable or missing folder, or a non-WAV name, is a typed Vietnamese error")
  func unwritable() throws {
    let locked = try UnwritableFolder()
    defer { locked.remove() }
    let url = locked.url.appendingPathComponent("air.wav")
    #expect(
      throws: PlayoutError.recordingFailed(url.path, reason: "không có quyền ghi vào thư mục")
    ) {
      try AirCheckRecorder(url: url, sampleRate: Self.rate)
    }
    #expect(locked.isEmpty)
    let missing = URL(fileURLWithPath: "/nonexistent-loa/air.wav")
    let error = PlayoutError.recordingFailed(missing.path, reason: "thư mục không tồn tại")
    #expect(throws: error) { try AirCheckRecorder(url: missing, sampleRate: Self.rate) }
    #expect(
      error.description
        == "Không ghi được tệp thu kiểm tra '/nonexistent-loa/air.wav': thư mục không tồn tại.")
    #expect(throws: PlayoutError.self) {
      try AirCheckRecorder(url: URL(fileURLWithPath: "/tmp/air.mp3"), sampleRate: Self.rate)
    }
  }

  @Test("NullOutput counts frames and nothing else")
  func nullOutput() throws {
    let output = NullOutput(sampleRate: Self.rate)
    try output.write([Float](repeating: 0.5, count: 1_000))
    try output.writeSilence(frames: 10_025)
    #expect(output.framesWritten == 11_025 && output.framesPlayed == 11_025)
    #expect(output.playedSeconds == 0.5)
    output.close()
    #expect(throws: PlayoutError.closed("none")) { try output.writeSilence(frames: 1) }
  }
}
