import CEspeakNG
import Foundation

/// espeak-ng's phoneme output for a text, through the library (`espeak_TextToPhonemes`).
///
/// Test helper only: the project reaches espeak-ng through `SpeechAudio`. espeak-ng keeps global
/// state, so every call goes through one lock and one initialisation.
enum EspeakPhonemes {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var voice: String?

  /// The phoneme string of `text` for voice `voiceName`, clause after clause.
  static func phonemes(_ text: String, voiceName: String = "vi") -> String {
    lock.lock()
    defer { lock.unlock() }
    if voice == nil {
      _ = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nil, 0)
    }
    if voice != voiceName {
      _ = espeak_SetVoiceByName(voiceName)
      voice = voiceName
    }
    var result = ""
    text.withCString { start in
      var pointer: UnsafeRawPointer? = UnsafeRawPointer(start)
      while let current = pointer, current.load(as: UInt8.self) != 0 {
        guard let clause = espeak_TextToPhonemes(&pointer, espeakCHARS_UTF8, 0) else { break }
        result += String(cString: clause) + " "
      }
    }
    return result
  }

  /// Whether espeak-ng switched to another language voice (a "(en)"-style marker).
  static func switchesLanguage(_ phonemes: String) -> Bool {
    phonemes.contains("(en)")
      || phonemes.range(of: #"\([a-z]{2,3}(-[a-z]+)?\)"#, options: .regularExpression) != nil
  }
}
