import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// The emergency signal, written to a WAV and read back: length, level, and a pitch that is
/// clearly not the everyday chime's.
@Suite struct EmergencyChimeTests {
  static let rate = 22_050

  /// Pitch every 50 ms over the audible parts (0 where silent).
  private func pitchTrack(_ samples: [Float]) -> [Double] {
    stride(from: 0, to: samples.count - 1_103, by: 1_103).map { start in
      let window = samples[start..<(start + 1_103)]
      guard ToneAnalysis.rmsDecibels(window) > -30 else { return 0 }
      return ToneAnalysis.dominantFrequency(window, sampleRate: Self.rate, range: 300...1_500)
    }
  }

  @Test("3 s exactly, −6 dBFS peak, three rising 880 → 1175 Hz pairs with pauses between")
  func shape() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("khan.wav")
    try AudioFile.write(
      EmergencyChime.samples(sampleRate: Self.rate), sampleRate: Self.rate, to: url)
    let probe = try AudioProbe(url)
    #expect(probe.frames == 3 * Self.rate)
    #expect(abs(probe.peakDecibels - (-6.02)) < 0.1, "\(probe.peakDecibels)")
    #expect(probe.rmsDecibels > -14, "sustained, unlike a decaying bell: \(probe.rmsDecibels)")
    for repetition in 0..<3 {
      let start = repetition * Self.rate
      let low = probe.samples[(start + 2_000)..<(start + 8_000)]
      let high = probe.samples[(start + 10_800)..<(start + 16_800)]
      let pause = probe.samples[(start + 17_900)..<(start + 21_800)]
      #expect(abs(ToneAnalysis.dominantFrequency(low, sampleRate: Self.rate) - 880) <= 5)
      #expect(abs(ToneAnalysis.dominantFrequency(high, sampleRate: Self.rate) - 1_175) <= 5)
      #expect(pause.allSatisfy { $0 == 0 }, "pause \(repetition)")
    }
    #expect(EmergencyChime.samples(sampleRate: 48_000).count == 144_000)
  }

  @Test("Its pitch rises and stays above 850 Hz; the everyday chime's falls and stays below 800")
  func differsFromNormalChime() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let emergencyURL = folder.file("khan.wav")
    let normalURL = folder.file("chuong.wav")
    try AudioFile.write(
      EmergencyChime.samples(sampleRate: Self.rate), sampleRate: Self.rate, to: emergencyURL)
    _ = try AudioRenderer().render(
      [.chime], to: normalURL, options: AudioRenderOptions(loudnessTarget: nil))
    let emergency = pitchTrack(try AudioProbe(emergencyURL).samples).filter { $0 > 0 }
    let normal = pitchTrack(try AudioProbe(normalURL).samples).filter { $0 > 0 }
    #expect(emergency.allSatisfy { $0 > 850 }, "\(emergency)")
    #expect(normal.allSatisfy { $0 < 800 }, "\(normal)")
    #expect(Set(emergency.map { Int($0) }).isDisjoint(with: normal.map { Int($0) }))
    // The normal chime descends (784 → 659 → 523 Hz); the emergency pair rises.
    #expect(normal.first! > normal.last!)
    #expect(emergency.first! < emergency[emergency.count / 6])
    let emergencyProbe = try AudioProbe(emergencyURL)
    let normalProbe = try AudioProbe(normalURL)
    #expect(emergencyProbe.seconds == 3 && normalProbe.seconds == 2.5)
  }

  @Test("As a render segment (.emergencyChime) it lasts exactly 3 s at 48 kHz, tones intact")
  func asSegment() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("khan-48k.wav")
    let rendered = try AudioRenderer().render(
      [.emergencyChime, .silence(seconds: 0.5)], to: url,
      options: AudioRenderOptions(sampleRate: 48_000, loudnessTarget: nil))
    let probe = try AudioProbe(url)
    #expect(probe.frames == 3 * 48_000 + 24_000 && rendered.seconds == 3.5)
    let high = probe.samples[(48_000 / 2 + 2_000)..<(48_000 / 2 + 12_000)]
    #expect(abs(ToneAnalysis.dominantFrequency(high, sampleRate: 48_000) - 1_175) <= 5)
  }
}
