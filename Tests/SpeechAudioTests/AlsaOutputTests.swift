import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// ALSA playback checked end to end: a private PulseAudio null sink behind ALSA's `pulse` PCM,
/// its monitor recorded with parecord and the recording measured with libsndfile.
@Suite(.serialized) struct AlsaOutputTests {
  /// The sound server's latency allowed on top of the ring buffer: 100 ms at 22,050 Hz.
  static let serverLatencyFrames = 2_205

  /// Plays `tone` through `output` in 20 ms blocks and records what the sink received.
  private func playAndRecord(
    _ tone: [Float], pulse: PulseServer, open: () throws -> AlsaOutput
  ) throws -> (probe: AudioProbe, output: AlsaOutput, blockMillis: [Double], queued: Int) {
    let recording = pulse.folder.file("monitor.wav")
    let recorder = try pulse.record(to: recording)
    defer { recorder.stop(signal: SIGINT) }
    let output = try open()
    let block = output.sampleRate / 50
    var latencies: [Double] = []
    var queued = 0
    var offset = 0
    while offset < tone.count {
      if offset >= tone.count / 2 && queued == 0 {
        queued = output.framesWritten - output.framesPlayed
      }
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
    return (try AudioProbe(recording), output, latencies, queued)
  }

  @Test("A 1 s 880 Hz tone played to the pulse PCM arrives at the sink: pitch, level, length")
  func toneArrives() throws {
    let pulse = try PulseServer()
    defer { pulse.stop() }
    let tone = ToneAnalysis.tone(frequency: 880, seconds: 1, sampleRate: 22_050)
    let (probe, output, latencies, queued) = try playAndRecord(tone, pulse: pulse) {
      try AlsaOutput(device: "pulse", sampleRate: 22_050)
    }
    #expect(output.deviceRate == 22_050)
    #expect(output.framesWritten == tone.count)
    #expect(output.framesPlayed == tone.count, "after drain everything has played")
    // The pulse plugin's delay is the ring buffer plus the sound server's own latency, which
    // grows while the machine is busy with other tests: up to 100 ms of it is allowed.
    let buffer = Int(output.bufferSeconds * 22_050)
    #expect(
      queued > 0 && queued <= buffer + Self.serverLatencyFrames,
      "mid-tone \(queued) frames not yet heard")
    #expect(output.bufferSeconds > 0.05 && output.bufferSeconds < 1, "\(output.bufferSeconds)")
    // Measured over the loud 20 ms windows: a stall of the shared CI machine may leave a gap.
    let heard = ToneAnalysis.audibleWindows(probe.samples, sampleRate: 22_050)
    #expect(abs(heard.seconds - 1) <= 0.06, "heard \(heard.seconds) s; \(pulse.log)")
    let pitch = ToneAnalysis.dominantFrequency(
      heard.samples[...], sampleRate: 22_050, range: 780...980, step: 1)
    #expect(abs(pitch - 880) <= 2, "\(pitch) Hz")
    #expect(abs(ToneAnalysis.rmsDecibels(heard.samples[...]) - (-9.03)) < 1, "0.5 peak: −9 dBFS")
    print(
      "alsa pulse: buffer \(output.bufferSeconds) s, period \(output.periodSeconds) s, "
        + "channels \(output.deviceChannels), median write "
        + "\(latencies.sorted()[latencies.count / 2]) ms, max \(latencies.max() ?? 0) ms, "
        + "queued mid-tone \(queued) frames")
  }

  @Test("A device opened at another rate (48 kHz) is fed through libsoxr: the pitch is unchanged")
  func resampledToDeviceRate() throws {
    let pulse = try PulseServer()
    defer { pulse.stop() }
    let tone = ToneAnalysis.tone(frequency: 660, seconds: 0.8, sampleRate: 22_050)
    let (probe, output, _, queued) = try playAndRecord(tone, pulse: pulse) {
      try AlsaOutput(device: "pulse", sampleRate: 22_050, deviceRate: 48_000)
    }
    #expect(output.deviceRate == 48_000)
    // As above, plus the resampler's filter delay (64 frames).
    #expect(
      queued > 0 && queued <= Int(output.bufferSeconds * 22_050) + Self.serverLatencyFrames + 64,
      "\(queued)")
    let heard = ToneAnalysis.audibleWindows(probe.samples, sampleRate: 22_050)
    #expect(abs(heard.seconds - 0.8) <= 0.06, "heard \(heard.seconds) s")
    let pitch = ToneAnalysis.dominantFrequency(
      heard.samples[...], sampleRate: 22_050, range: 560...760, step: 1)
    #expect(abs(pitch - 660) <= 2, "\(pitch) Hz")
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
