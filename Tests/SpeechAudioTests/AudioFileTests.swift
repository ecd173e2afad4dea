import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// Formats, metadata, round trips and file-level errors, each checked on the file itself.
@Suite struct AudioFileTests {
  static let text = "Bà con hãy gọi lại cho người thân bằng số điện thoại đã biết."
  static let metadata = AudioMetadata(
    title: "Bản tin thử", artist: "Đài truyền thanh xã Hải Hưng", comment: AudioMetadata.aiLabel,
    software: "Loa test", date: "2026-12-01")

  @Test(
    "Each output format round-trips: format, rate, duration, level",
    arguments: [
      ("wav", AudioProbe.wav, 0.0), ("flac", AudioProbe.flac, 0.0),
      ("ogg", AudioProbe.ogg, 0.1), ("mp3", AudioProbe.mpeg, 0.12),
    ])
  func roundTrip(ext: String, major: Int, slack: Double) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("tin.\(ext)")
    let result = try AudioRenderer().render(
      [.speech(Self.text, VoiceSettings())], to: url,
      options: AudioRenderOptions(metadata: Self.metadata))
    let probe = try AudioProbe(url)
    #expect(probe.majorFormat == major, "\(ext)")
    #expect(probe.sampleRate == 22_050 && probe.channels == 1)
    #expect(
      abs(probe.seconds - result.seconds) <= slack + 1e-9,
      "\(ext): \(probe.seconds) vs \(result.seconds)")
    #expect(probe.rmsDecibels > -35, "\(ext) rms \(probe.rmsDecibels)")
    let measured = try AudioProbe.loudness(of: url)
    #expect(abs(measured.integrated + 16) <= 0.5, "\(ext): \(measured.integrated) LUFS")
    #expect(folder.contents() == ["tin.\(ext)"])
  }

  @Test(
    "WAV and FLAC carry the metadata strings, including the AI label", arguments: ["wav", "flac"])
  func metadataStrings(ext: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("nhan.\(ext)")
    _ = try AudioRenderer().render(
      [.chime], to: url, options: AudioRenderOptions(loudnessTarget: nil, metadata: Self.metadata))
    let strings = try AudioProbe(url).strings
    #expect(strings["title"] == "Bản tin thử")
    #expect(strings["comment"] == AudioMetadata.aiLabel)
    #expect(strings["software"]?.hasPrefix("Loa test") == true)
    #expect(strings["artist"] == "Đài truyền thanh xã Hải Hưng")
    #expect(strings["date"] == "2026-12-01")
    let info = try AudioFile.probe(url)
    #expect(info.metadata.comment == AudioMetadata.aiLabel)
  }

  @Test(
    "Bad output paths fail with one Vietnamese line and leave no file",
    arguments: [
      (
        "unsupported extension", "tin.xyz",
        "Không hỗ trợ định dạng tệp âm thanh '.xyz'. Hãy dùng .wav, .flac, .ogg hoặc .mp3."
      ),
      (
        "no extension", "tin",
        "Không hỗ trợ định dạng tệp âm thanh không có phần mở rộng. Hãy dùng .wav, .flac, .ogg hoặc .mp3."
      ),
      ("missing folder", "khong-co/tin.wav", "Thư mục '{folder}/khong-co' không tồn tại."),
    ])
  func badPaths(label: String, name: String, message: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file(name)
    let error = #expect(throws: SpeechAudioError.self, "\(label)") {
      try AudioRenderer().render([.chime], to: url, options: AudioRenderOptions())
    }
    #expect(
      error?.description == message.replacingOccurrences(of: "{folder}", with: folder.url.path))
    #expect(folder.contents().isEmpty, "\(label)")
  }

  @Test(
    "A failure mid-render stops both threads and leaves neither output nor scratch file",
    arguments: [("normalised", -16.0 as Double?), ("not normalised", nil)])
  func failureMidRender(label: String, target: Double?) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let missing = folder.file("khong-co.wav")
    let segments: [AudioSegment] = [
      .chime, .speech("Xin chào bà con.", VoiceSettings()), .silence(seconds: 30), .file(missing),
    ]
    let error = #expect(throws: SpeechAudioError.self, "\(label)") {
      try AudioRenderer().render(
        segments, to: folder.file("tin.wav"), options: AudioRenderOptions(loudnessTarget: target))
    }
    #expect(error?.description.hasPrefix("Không đọc được tệp âm thanh '\(missing.path)'") == true)
    #expect(folder.contents().isEmpty, "\(label): \(folder.contents())")
  }

  @Test("An unwritable folder is reported and nothing is written")
  func unwritableFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let locked = try UnwritableFolder()
    defer { locked.remove() }
    let error = #expect(throws: SpeechAudioError.self) {
      try AudioRenderer().render(
        [.chime], to: locked.url.appendingPathComponent("tin.wav"), options: AudioRenderOptions())
    }
    #expect(error == .folderNotWritable(locked.url.path))
    #expect(locked.isEmpty)
  }

  @Test("AudioFile.write then probe and readMono give back the samples")
  func writeAndRead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = folder.file("ramp.wav")
    let samples = (0..<4410).map { Float($0 % 100) / 200 }
    try AudioFile.write(samples, sampleRate: 44_100, to: url, metadata: Self.metadata)
    let info = try AudioFile.probe(url)
    #expect(info.sampleRate == 44_100 && info.frames == 4410 && info.channels == 1)
    #expect(abs(info.seconds - 0.1) < 1e-9)
    var back: [Float] = []
    try AudioFile.readMono(url) { back.append(contentsOf: $0) }
    #expect(back.count == samples.count)
    let worst = zip(back, samples).map { abs($0 - $1) }.max() ?? 1
    #expect(worst < 1.0 / 16_000, "16-bit quantisation only")
  }
}
