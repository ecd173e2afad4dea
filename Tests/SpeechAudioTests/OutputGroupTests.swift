import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// One main output and extras: an extra's failure is reported and dropped, never thrown.
@Suite struct OutputGroupTests {
  /// An output that fails on its `failAt`-th write, as a stream whose server went away.
  final class FlakyOutput: AudioOutput {
    let name = "icecast://source:***@127.0.0.1:9/loa"
    let sampleRate: Int
    let failAt: Int
    private(set) var framesWritten = 0
    var framesPlayed: Int { framesWritten }
    private(set) var writes = 0
    private(set) var closed = false

    init(sampleRate: Int = 22_050, failAt: Int) {
      self.sampleRate = sampleRate
      self.failAt = failAt
    }

    func write(_ samples: UnsafeBufferPointer<Float>) throws {
      writes += 1
      if writes == failAt {
        throw PlayoutError.streamLost("127.0.0.1:9", reason: "mất mạng")
      }
      framesWritten += samples.count
    }

    func drain() {}
    func close() { closed = true }
  }

  @Test("A failing extra is closed, dropped and reported once; main and recorder go on")
  func extraFails() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let main = NullOutput(sampleRate: 22_050)
    let flaky = FlakyOutput(failAt: 3)
    let recorder = try AirCheckRecorder(url: folder.file("air.wav"), sampleRate: 22_050)
    let group = OutputGroup(main: main, extras: [flaky, recorder])
    #expect(group.name == "none + \(flaky.name) + record:\(folder.file("air.wav").path)")
    let block = [Float](repeating: 0.25, count: 441)
    for _ in 0..<10 { try group.write(block) }
    try group.writeSilence(frames: 1_000)
    let failures = group.takeFailures()
    #expect(
      failures == [
        OutputFailure(
          output: flaky.name, error: .streamLost("127.0.0.1:9", reason: "mất mạng"))
      ])
    #expect("\(failures[0])" == "Mất kết nối tới máy chủ Icecast 127.0.0.1:9: mất mạng.")
    #expect(group.takeFailures().isEmpty)
    #expect(flaky.closed && flaky.writes == 3)
    #expect(group.extras.count == 1)
    #expect(group.framesWritten == 5_410 && main.framesWritten == 5_410)
    try group.close()
    #expect(try AudioProbe(folder.file("air.wav")).frames == 5_410)
  }

  @Test("The main output's failure is thrown; an extra at another rate is refused")
  func mainFailsAndRates() throws {
    let group = OutputGroup(main: FlakyOutput(failAt: 2))
    group.add(NullOutput(sampleRate: 44_100))
    #expect(group.extras.isEmpty)
    #expect(group.takeFailures().count == 1)
    let block = [Float](repeating: 0, count: 100)
    try group.write(block)
    #expect(throws: PlayoutError.streamLost("127.0.0.1:9", reason: "mất mạng")) {
      try group.write(block)
    }
  }
}
