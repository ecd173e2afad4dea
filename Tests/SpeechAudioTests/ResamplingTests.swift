import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// Resampling, the chime and mixing clips of different rates, read back from the files.
@Suite struct ResamplingTests {
  /// Writes a `seconds`-long sine at `rate` with `channels` channels (interleaved by libsndfile
  /// via AudioFile only for mono; stereo is written as mono twice the level is not needed).
  static func tone(_ folder: TemporaryFolder, name: String, rate: Int, seconds: Double) throws
    -> URL
  {
    let url = folder.file(name)
    let count = Int((seconds * Double(rate)).rounded())
    let samples = (0..<count).map {
      Float(0.3 * sin(2 * Double.pi * 440 * Double($0) / Double(rate)))
    }
    try AudioFile.write(samples, sampleRate: rate, to: url)
    return url
  }

  @Test(
    "A file resampled to the output rate keeps its duration within 1 ms",
    arguments: [
      ("48,000 → 22,050", 48_000, 22_050, 1.2345), ("44,100 → 22,050", 44_100, 22_050, 3.0001),
      ("22,050 → 48,000", 22_050, 48_000, 0.7777), ("16,000 → 44,100", 16_000, 44_100, 2.5),
      ("same rate, no resampling", 22_050, 22_050, 1.5),
    ])
  func fileDuration(label: String, from: Int, to: Int, seconds: Double) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try Self.tone(folder, name: "in.wav", rate: from, seconds: seconds)
    let url = folder.file("out.wav")
    let result = try AudioRenderer().render(
      [.file(input)], to: url, options: AudioRenderOptions(sampleRate: to, loudnessTarget: nil))
    let probe = try AudioProbe(url)
    let original = Double(Int((seconds * Double(from)).rounded())) / Double(from)
    #expect(probe.sampleRate == to)
    #expect(abs(probe.seconds - original) <= 0.001, "\(label): \(probe.seconds) vs \(original)")
    #expect(abs(result.segmentSeconds[0] - original) <= 0.001, "\(label)")
    // A 440 Hz sine at 0.3 has an RMS of 0.212 (−13.5 dBFS): resampling must keep the level.
    #expect(abs(probe.rmsDecibels + 13.5) < 0.3, "\(label): rms \(probe.rmsDecibels)")
  }

  @Test(
    "Speech resampled to 44,100 and 48,000 Hz keeps its duration within 1 ms",
    arguments: [44_100, 48_000])
  func speechDuration(rate: Int) throws {
    // espeak-ng's output varies slightly from call to call, so the same synthesised speech is
    // resampled: first cached at the native rate (as LoaStudio does), then rendered at `rate`.
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let native = folder.file("native.wav")
    let speech = AudioSegment.speech(
      "Không vội chuyển tiền, không cung cấp mã OTP.", VoiceSettings())
    _ = try AudioRenderer().render(
      [speech], to: native, options: AudioRenderOptions(loudnessTarget: nil))
    let url = folder.file("s\(rate).wav")
    let result = try AudioRenderer().render(
      [.file(native), speech], to: url,
      options: AudioRenderOptions(sampleRate: rate, loudnessTarget: nil))
    let original = try AudioProbe(native)
    let probe = try AudioProbe(url)
    #expect(probe.sampleRate == rate)
    #expect(abs(result.segmentSeconds[0] - original.seconds) <= 0.001, "\(rate) Hz")
    #expect(
      abs(result.segmentSeconds[1] - original.seconds) <= 0.1, "directly synthesised at \(rate) Hz")
    #expect(probe.frames == result.frames)
  }

  @Test(
    "The chime lasts exactly 2.5 s at every rate, peaks at −6 dBFS and is audible throughout",
    arguments: [8_000, 22_050, 44_100, 48_000])
  func chime(rate: Int) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("chime.wav")
    let result = try AudioRenderer().render(
      [.chime], to: url, options: AudioRenderOptions(sampleRate: rate, loudnessTarget: nil))
    let probe = try AudioProbe(url)
    #expect(probe.frames == Int(2.5 * Double(rate)))
    #expect(result.segmentSeconds == [2.5])
    #expect(abs(probe.peakDecibels + 6.02) < 0.1, "peak \(probe.peakDecibels)")
    #expect(probe.rmsDecibels > -30 && probe.rmsDecibels < -8, "rms \(probe.rmsDecibels)")
    let secondHalf = probe.samples[(probe.frames / 2)...].map { abs($0) }.max() ?? 0
    #expect(secondHalf > 0.05, "the third tone still rings in the second half")
    #expect(probe.samples.last.map { abs($0) < 0.01 } == true, "fades out to silence")
  }

  @Test("Clips at 48 kHz and 44.1 kHz mix with speech and the chime; offsets are exact frames")
  func mixingRates() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let intro = try Self.tone(folder, name: "intro48.wav", rate: 48_000, seconds: 1.0)
    let outro = try Self.tone(folder, name: "outro44.flac", rate: 44_100, seconds: 0.5)
    let url = folder.file("mix.wav")
    let segments: [AudioSegment] = [
      .file(intro), .chime, .silence(seconds: 0.25),
      .speech("Xin cảm ơn bà con đã chú ý lắng nghe.", VoiceSettings()), .file(outro),
    ]
    let result = try AudioRenderer().render(segments, to: url, options: AudioRenderOptions())
    let probe = try AudioProbe(url)
    #expect(probe.frames == result.frames)
    #expect(abs(result.segmentSeconds[0] - 1.0) <= 0.001)
    #expect(result.segmentSeconds[1] == 2.5 && abs(result.segmentSeconds[2] - 0.25) <= 1.0 / 22_050)
    #expect(abs(result.segmentSeconds[4] - 0.5) <= 0.001)
    var expected = 0.0
    for (offset, length) in zip(result.segmentOffsets, result.segmentSeconds) {
      #expect(abs(offset - expected) < 1e-9)
      expected += length
    }
    #expect(abs(expected - probe.seconds) < 1e-9)
    let measured = try AudioProbe.loudness(of: url)
    #expect(abs(measured.integrated + 16) <= 0.5 && measured.truePeak <= -1)
  }
}
