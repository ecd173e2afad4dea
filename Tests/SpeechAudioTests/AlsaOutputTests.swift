import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// ALSA playback checked end to end: a private PulseAudio null sink behind ALSA's `pulse` PCM,
/// its monitor recorded with parecord and the recording measured with libsndfile.
@Suite(.serialized) struct AlsaOutputTests {
  /// Plays `tone` through `output` in 20 ms blocks and records what the sink received.
  private func playAndRecord(
    _ tone: [Float], pulse: PulseServer, open: () throws -> AlsaOutput
  ) throws -> (probe: AudioProbe, output: AlsaOutput, blockMillis: [Double]) {
    let recording = pulse.folder.file("monitor.wav")
    let recorder = try pulse.record(to: recording)
    defer { recorder.stop(signal: SIGINT) }
    let output = try open()
    let block = output.sampleRate / 50
    var latencies: [Double] = []
    var offset = 0
    while offset < tone.count {
      let end = min(offset + block, tone.count)
      let started = Date()
      try output.write(Array(tone[offset..<end]))
      latencies.append(Date().timeIntervalSince(started) * 1_000)
      offset = end
    }
    try output.drain()
    output.close()
    usleep(300_000)
    recorder.stop(signal: SIGINT)
    return (try AudioProbe(recording), output, latencies)
  }

  @Test("A 1 s 880 Hz tone played to the pulse PCM arrives at the sink: pitch, level, length")
  func toneArrives() throws {
    let pulse = try PulseServer()
    defer { pulse.stop() }
    let tone = ToneAnalysis.tone(frequency: 880, seconds: 1, sampleRate: 22_050)
    let (probe, output, latencies) = try playAndRecord(tone, pulse: pulse) {
      try AlsaOutput(device: "pulse", sampleRate: 22_050)
    }
    #expect(output.deviceRate == 22_050)
    #expect(output.framesWritten == tone.count)
    #expect(output.framesPlayed == tone.count, "after drain everything has played")
    #expect(output.bufferSeconds > 0.05 && output.bufferSeconds < 1, "\(output.bufferSeconds)")
    let audible = try #require(ToneAnalysis.audibleRange(probe.samples), "\(pulse.log)")
    let heard = probe.samples[audible]
    #expect(abs(Double(heard.count) / 22_050 - 1) < 0.05, "heard \(heard.count) frames")
    let middle = heard.dropFirst(heard.count / 4).dropLast(heard.count / 4)
    #expect(abs(ToneAnalysis.zeroCrossingFrequency(middle, sampleRate: 22_050) - 880) < 3)
    #expect(abs(ToneAnalysis.rmsDecibels(middle) - (-9.03)) < 1, "0.5 peak sine is −9 dBFS")
    print(
      "alsa pulse: buffer \(output.bufferSeconds) s, period \(output.periodSeconds) s, "
        + "channels \(output.deviceChannels), median write "
        + "\(latencies.sorted()[latencies.count / 2]) ms, max \(latencies.max() ?? 0) ms")
  }

  @Test("A device opened at another rate (48 kHz) is fed through libsoxr: the pitch is unchanged")
  func resampledToDeviceRate() throws {
    let pulse = try PulseServer()
    defer { pulse.stop() }
    let tone = ToneAnalysis.tone(frequency: 660, seconds: 0.8, sampleRate: 22_050)
    let (probe, output, _) = try playAndRecord(tone, pulse: pulse) {
      try AlsaOutput(device: "pulse", sampleRate: 22_050, deviceRate: 48_000)
    }
    #expect(output.deviceRate == 48_000)
    let audible = try #require(ToneAnalysis.audibleRange(probe.samples))
    let heard = probe.samples[audible]
    #expect(abs(Double(heard.count) / 22_050 - 0.8) < 0.05, "heard \(heard.count) frames")
    let middle = heard.dropFirst(heard.count / 4).dropLast(heard.count / 4)
    #expect(abs(ToneAnalysis.zeroCrossingFrequency(middle, sampleRate: 22_050) - 660) < 3)
  }

  @Test("An unknown device names the PCMs that exist, in one Vietnamese line")
  func unknownDevice() throws {
    #expect {
      try AlsaOutput(device: "khong-co-thiet-bi", sampleRate: 22_050)
    } throws: { error in
      guard case PlayoutError.unknownDevice(let name, let available) = error else { return false }
      let message = "\(error)"
      return name == "khong-co-thiet-bi" && available.contains("pulse")
        && message.hasPrefix(
          "Không có thiết bị phát âm thanh 'khong-co-thiet-bi'. Các thiết bị hiện có: ")
        && message.contains("pulse") && !message.contains("\n")
    }
  }

  @Test("A server that dies mid-program gives deviceLost within 3 s, not a hang")
  func deviceLost() throws {
    let pulse = try PulseServer()
    defer { pulse.stop() }
    let output = try AlsaOutput(device: "pulse", sampleRate: 22_050)
    let block = [Float](repeating: 0.1, count: 441)
    for _ in 0..<20 { try output.write(block) }
    pulse.crash()
    let started = Date()
    var caught: Error?
    do {
      for _ in 0..<500 { try output.write(block) }
    } catch { caught = error }
    let elapsed = Date().timeIntervalSince(started)
    guard case PlayoutError.deviceLost(let name, _)? = caught else {
      Issue.record("expected deviceLost, got \(String(describing: caught))")
      return
    }
    #expect(name == "pulse")
    #expect(elapsed < 3, "\(elapsed) s")
    #expect("\(caught!)".hasPrefix("Thiết bị phát âm thanh 'pulse' bị lỗi khi đang phát: "))
  }
}
