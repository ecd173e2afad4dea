import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// Reading program files block by block, as the player does, and the interrupt fade.
@Suite struct ProgramReaderTests {
  @Test("Blocks of 20 ms add up to the whole file, sample for sample at the same rate")
  func sameRate() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("0600-sang.wav")
    let tone = ToneAnalysis.tone(frequency: 440, seconds: 1.01, sampleRate: 22_050)
    try AudioFile.write(tone, sampleRate: 22_050, to: url)
    let reader = try ProgramReader(url: url, sampleRate: 22_050)
    #expect(reader.frames == tone.count)
    var all: [Float] = []
    while true {
      let block = try reader.read(maxFrames: 441)
      if block.isEmpty { break }
      #expect(block.count <= 441)
      all += block
    }
    #expect(reader.isFinished && reader.framesRead == tone.count)
    let probe = try AudioProbe(url)
    #expect(all == probe.samples)
  }

  @Test("A 44.1 kHz file comes out at 22,050 Hz with its pitch and length")
  func resampled() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("thu-am.wav")
    try AudioFile.write(
      ToneAnalysis.tone(frequency: 1_000, seconds: 1, sampleRate: 44_100), sampleRate: 44_100,
      to: url)
    let reader = try ProgramReader(url: url, sampleRate: 22_050)
    var all: [Float] = []
    while !reader.isFinished { all += try reader.read(maxFrames: 1_024) }
    #expect(all.count == 22_050 && reader.frames == 22_050)
    let middle = all[5_000..<17_000]
    #expect(abs(ToneAnalysis.zeroCrossingFrequency(middle, sampleRate: 22_050) - 1_000) < 1)
  }

  @Test("fadeOut gives the next 0.3 s falling smoothly to silence, then the program is over")
  func fadeOut() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("dai.wav")
    try AudioFile.write(
      [Float](repeating: 0.5, count: 22_050 * 2), sampleRate: 22_050, to: url)
    let reader = try ProgramReader(url: url, sampleRate: 22_050)
    _ = try reader.read(maxFrames: 11_025)
    let fade = try reader.fadeOut(seconds: 0.3)
    #expect(fade.count == 6_615)
    #expect(abs(fade[0] - 0.5) < 0.001 && abs(fade[fade.count - 1]) < 1e-6)
    #expect(zip(fade, fade.dropFirst()).allSatisfy { $1 <= $0 + 1e-6 }, "never rises")
    #expect(abs(fade[fade.count / 2] - 0.25) < 0.01, "half way: half level")
    #expect(reader.isFinished)
    #expect(try reader.read(maxFrames: 100).isEmpty)
    #expect(reader.framesRead == 11_025 + 6_615)
  }

  @Test("A missing file is SpeechAudioError.unreadableFile")
  func missing() {
    #expect(throws: SpeechAudioError.self) {
      try ProgramReader(url: URL(fileURLWithPath: "/nonexistent/x.wav"), sampleRate: 22_050)
    }
  }
}
