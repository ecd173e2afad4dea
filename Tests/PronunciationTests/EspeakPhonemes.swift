import Foundation
import SpeechAudio

/// espeak-ng's phoneme output for a text, through the library (`espeak_TextToPhonemes` behind
/// SpeechAudio's engine lock, so it never races synthesis in the same test process).
enum EspeakPhonemes {
  /// The phoneme string of `text` for voice `voiceName`, clause after clause.
  static func phonemes(_ text: String, voiceName: String = "vi") throws -> String {
    try Synthesizer.shared.phonemes(text, settings: VoiceSettings(name: voiceName))
  }

  /// Whether espeak-ng switched to another language voice (a "(en)"-style marker).
  static func switchesLanguage(_ phonemes: String) -> Bool {
    phonemes.contains("(en)")
      || phonemes.range(of: #"\([a-z]{2,3}(-[a-z]+)?\)"#, options: .regularExpression) != nil
  }
}
