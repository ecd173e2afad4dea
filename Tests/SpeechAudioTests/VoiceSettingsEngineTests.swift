import Foundation
import LoaTestSupport
import Testing

@testable import SpeechAudio

/// Pitch, pitch range, word gap and voice variants reach espeak-ng: the rendered file, read back
/// with libsndfile, changes the way each setting should change it.
@Suite("voice settings reach the engine", .serialized)
struct VoiceSettingsEngineTests {
  static let text = "Bà con nhớ gọi lại cho người thân bằng số điện thoại đã biết."

  /// The samples of `text` rendered with `settings`, read back from a WAV file.
  static func render(_ settings: VoiceSettings, text: String = text) throws -> AudioProbe {
    let folder = try TemporaryFolder("loa-voice")
    defer { folder.remove() }
    let url = folder.file("voice.wav")
    _ = try AudioRenderer().render(
      [.speech(text, settings)], to: url, options: AudioRenderOptions(loudnessTarget: nil))
    return try AudioProbe(url)
  }

  /// Root-mean-square difference of two sample arrays over their common length.
  static func difference(_ left: AudioProbe, _ right: AudioProbe) -> Double {
    let count = min(left.samples.count, right.samples.count)
    var sum = 0.0
    for index in 0..<count {
      let delta = Double(left.samples[index] - right.samples[index])
      sum += delta * delta
    }
    return (sum / Double(max(count, 1))).squareRoot()
  }

  @Test("a larger word gap makes the same text longer")
  func wordGap() throws {
    let plain = try Self.render(VoiceSettings(wordGap: 0))
    let spaced = try Self.render(VoiceSettings(wordGap: 10))
    // 14 word boundaries, 100 ms each: at least a second longer.
    #expect(spaced.seconds > plain.seconds + 1.0, "\(plain.seconds) → \(spaced.seconds)")
  }

  @Test(
    "pitch, range and variant each change the audio",
    arguments: [
      ("pitch", VoiceSettings(pitch: 80)), ("range", VoiceSettings(range: 100)),
      ("espeak-ng variant", VoiceSettings(variant: VoiceVariant(name: "f2"))),
      (
        "project variant",
        VoiceSettings(
          variant: VoiceVariant(
            name: "test", contents: "language variant\nname test\n\npitch 160 260\n"))
      ),
    ])
  func changesAudio(label: String, settings: VoiceSettings) throws {
    let reference = try Self.render(VoiceSettings())
    let changed = try Self.render(settings)
    #expect(changed.frames > 0)
    #expect(Self.difference(reference, changed) > 0.01, "\(label)")
  }

  @Test("an unknown variant is a typed error with a Vietnamese message")
  func unknownVariant() {
    #expect(throws: SpeechAudioError.unknownVariant("khong-co")) {
      try Self.render(VoiceSettings(variant: VoiceVariant(name: "khong-co")))
    }
    #expect(
      SpeechAudioError.unknownVariant("khong-co").description
        == "Không có biến thể giọng đọc 'khong-co'.")
  }

  @Test("a project variant's file name follows its text, so a changed file is a new variant")
  func variantNames() {
    let one = VoiceVariant(name: "loa", contents: "language variant\nformant 1 100 100 100\n")
    let two = VoiceVariant(name: "loa", contents: "language variant\nformant 1 110 100 100\n")
    #expect(one.fileName.hasPrefix("loa-") && one.fileName.count == 16)
    #expect(one.fileName != two.fileName)
    #expect(one.fingerprint != two.fingerprint)
    #expect(VoiceVariant(name: "f2").fileName == "f2")
    #expect(VoiceSettings(variant: VoiceVariant(name: "f2")).selectionName == "vi+f2")
  }
}
