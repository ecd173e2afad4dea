import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// `SilenceTrimmer` on recordings written to disk in every format Loa reads.
@Suite("Silence trimming")
struct SilenceTrimmerTests {
  @Test(
    "leading and trailing silence are cut to a 100 ms margin",
    arguments: ["wav", "flac", "ogg", "mp3"])
  func trims(_ ext: String) throws {
    let folder = try TemporaryFolder("loa-trim")
    defer { folder.remove() }
    let recording = TestRecording()
    let url = folder.file("01-x.\(ext)")
    try recording.write(to: url)
    let range = try #require(try SilenceTrimmer().soundRange(of: url))
    #expect(range.sampleRate == 44_100)
    let rate = Double(range.sampleRate)
    // Lossless files: to the window (10 ms). Lossy ones smear the edges and MP3 adds its
    // encoder delay (about 50 ms) at the start: the margin is kept from where sound begins.
    let tolerance = ext == "wav" || ext == "flac" ? 0.0 : 0.08
    #expect(abs(Double(range.start) / rate - 1.4) <= tolerance + 1e-9, "start \(range.start)")
    #expect(abs(Double(range.end - range.start) / rate - 2.2) <= tolerance + 1e-9)
    // At another rate the kept part becomes exactly the resampled frame count.
    #expect(range.frames(at: 22_050) == Int((Double(range.frames) / 2).rounded()))
  }

  @Test("a file with nothing above the −60 dBFS floor is silent")
  func silent() throws {
    let folder = try TemporaryFolder("loa-trim")
    defer { folder.remove() }
    var recording = TestRecording()
    recording.amplitude = 0.0005  // −66 dBFS: room noise, not speech
    let url = folder.file("quiet.wav")
    try recording.write(to: url)
    #expect(try SilenceTrimmer().soundRange(of: url) == nil)
  }

  @Test("a file that is no audio is an unreadable-file error, not a crash")
  func unreadable() throws {
    let folder = try TemporaryFolder("loa-trim")
    defer { folder.remove() }
    let url = folder.file("hong.wav")
    try Data("RIFF không phải âm thanh".utf8).write(to: url)
    do {
      _ = try SilenceTrimmer().soundRange(of: url)
      Issue.record("no error for a file that is not audio")
    } catch SpeechAudioError.unreadableFile(let path, _) {
      #expect(path == url.path)
    }
  }

  @Test("a recording's file can be written in chunks, under a temporary name until committed")
  func writer() throws {
    let folder = try TemporaryFolder("loa-trim")
    defer { folder.remove() }
    let url = folder.file("out.flac")
    let writer = try AudioFileWriter(url: url, sampleRate: 16_000)
    let samples = TestRecording().samples()
    try samples.withUnsafeBufferPointer { all in
      try writer.write(UnsafeBufferPointer(rebasing: all[0..<1000]))
      #expect(!FileManager.default.fileExists(atPath: url.path))
      try writer.write(UnsafeBufferPointer(rebasing: all[1000...]))
    }
    try writer.commit()
    let probe = try AudioProbe(url)
    #expect(probe.frames == samples.count && probe.sampleRate == 16_000)
    #expect(probe.majorFormat == AudioProbe.flac)
    #expect(folder.contents() == ["out.flac"])
  }
}
