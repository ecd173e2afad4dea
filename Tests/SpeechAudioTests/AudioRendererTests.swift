import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// Renders through `AudioRenderer` and reads every result back from the file.
@Suite struct AudioRendererTests {
  static let sentence =
    "Kính thưa toàn thể bà con nhân dân, hôm nay đài phát bản tin về Luật Trí tuệ nhân tạo."

  @Test("A Vietnamese sentence is synthesised and read back: rate, channels, duration, not silent")
  func sentenceReadBack() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("cau.wav")
    let result = try AudioRenderer().render(
      [.speech(Self.sentence, VoiceSettings())], to: url,
      options: AudioRenderOptions(loudnessTarget: nil))
    let probe = try AudioProbe(url)
    #expect(probe.sampleRate == 22_050)
    #expect(probe.channels == 1)
    #expect(probe.majorFormat == AudioProbe.wav && probe.subtype == AudioProbe.pcm16)
    #expect(probe.frames == result.frames)
    // Each Vietnamese syllable is a word for espeak-ng: 20 syllables at 150 words a minute is
    // 8 s; espeak-ng reads a little faster than its nominal rate, so allow half to one and a half.
    let syllables = Self.sentence.split(separator: " ").count
    let nominal = Double(syllables) / 150 * 60
    #expect(syllables == 20)
    #expect(
      probe.seconds > 0.5 * nominal && probe.seconds < 1.5 * nominal, "duration \(probe.seconds)")
    #expect(probe.rmsDecibels > -40, "rms \(probe.rmsDecibels) dBFS")
    #expect(folder.contents() == ["cau.wav"])
  }

  @Test(
    "Normalised output meets the loudness target and the true-peak ceiling (measured on the file)",
    arguments: [
      ("default −16 LUFS at 22,050 Hz", -16.0, 22_050),
      ("−23 LUFS at 22,050 Hz", -23.0, 22_050),
      ("−16 LUFS at 48,000 Hz", -16.0, 48_000),
    ])
  func loudness(label: String, target: Double, rate: Int) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("to.wav")
    let result = try AudioRenderer().render(
      [.chime, .silence(seconds: 0.5), .speech(Self.sentence, VoiceSettings())], to: url,
      options: AudioRenderOptions(sampleRate: rate, loudnessTarget: target))
    let measured = try AudioProbe.loudness(of: url)
    #expect(abs(measured.integrated - target) <= 0.5, "\(label): \(measured.integrated) LUFS")
    #expect(measured.truePeak <= -1.0, "\(label): \(measured.truePeak) dBTP")
    #expect(abs(result.integratedLoudness - measured.integrated) < 0.1)
    // Loa's own true-peak filter is libebur128's: the reported figure matches the file's.
    #expect(
      abs(result.truePeak - measured.truePeak) < 0.1, "\(result.truePeak) vs \(measured.truePeak)")
    #expect(try AudioProbe(url).sampleRate == rate)
    #expect(folder.contents() == ["to.wav"], "scratch file left behind")
  }

  @Test("An unknown voice inside a render fails cleanly, Vietnamese voices listed first")
  func unknownVoiceInRender() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let error = #expect(throws: SpeechAudioError.self) {
      try AudioRenderer().render(
        [.chime, .speech("Xin chào.", VoiceSettings(name: "xx"))], to: folder.file("tin.wav"),
        options: AudioRenderOptions())
    }
    let prefix = "Không có giọng đọc 'xx'. Các giọng hiện có: vi, vi-vn-x-central, vi-vn-x-south,"
    #expect(error?.description.hasPrefix(prefix) == true, "\(String(describing: error))")
    #expect(folder.contents().isEmpty)
  }

  @Test(
    "A program over a minute (the final pass metered on the second thread) measures as libebur128 does"
  )
  func longProgram() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // 75 s of a tone whose level changes every second by up to 24 dB, with silent gaps.
    let rate = 22_050
    let samples = (0..<(75 * rate)).map { n -> Float in
      let second = n / rate
      let level = second % 7 == 6 ? 0 : Float(pow(10, -Double((second * 5) % 25) / 20))
      return 0.9 * level * Float(sin(2 * Double.pi * 330 * Double(n) / Double(rate)))
    }
    let input = folder.file("dai.wav")
    try AudioFile.write(samples, sampleRate: rate, to: input)
    let url = folder.file("chuong-trinh.wav")
    let result = try AudioRenderer().render(
      [.chime, .file(input)], to: url, options: AudioRenderOptions())
    let measured = try AudioProbe.loudness(of: url)
    #expect(abs(result.integratedLoudness - measured.integrated) < 0.05)
    #expect(
      abs(result.truePeak - measured.truePeak) < 0.1, "\(result.truePeak) vs \(measured.truePeak)")
    #expect(abs(measured.integrated + 16) <= 0.5 && measured.truePeak <= -1)
  }
}
