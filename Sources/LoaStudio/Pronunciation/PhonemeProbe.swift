import Foundation
import SpeechAudio

/// Asks espeak-ng (``Synthesizer/phonemes(_:settings:)``, behind the engine lock) how it would
/// read spoken text, and tells which words it would not read with the Vietnamese voice.
///
/// A word is one space-separated token of espeak-ng's phoneme output. A Vietnamese syllable
/// carries one stress mark (`'` or `,`); a word spelled letter by letter carries several; a
/// switch to another voice shows as a `(en)`-style marker. Words are probed once per run.
final class PhonemeProbe: @unchecked Sendable {
  /// How espeak-ng reads one word.
  enum Reading: Equatable {
    /// With the Vietnamese voice, as one syllable.
    case vietnamese
    /// With another language's voice.
    case otherVoice
    /// Letter by letter.
    case spelled
  }

  private let settings: VoiceSettings
  private let phonemes: (String, VoiceSettings) throws -> String
  private var known: [String: Reading] = [:]
  private let lock = NSLock()

  /// A probe for a voice; `phonemes` defaults to the process's one engine.
  init(
    voiceName: String,
    phonemes: @escaping (String, VoiceSettings) throws -> String = {
      try Synthesizer.shared.phonemes($0, settings: $1)
    }
  ) {
    settings = VoiceSettings(name: voiceName)
    self.phonemes = phonemes
  }

  /// Whether every word of `spoken` (a whole normalised line) is read as Vietnamese; one
  /// engine call. `true` when the engine cannot be asked (the check then says nothing).
  func allVietnamese(_ spoken: String) -> Bool {
    guard let output = try? phonemes(spoken, settings) else { return true }
    return output.split(separator: " ").allSatisfy { Self.reading(ofToken: $0) == .vietnamese }
  }

  /// How espeak-ng reads one word (already normalised, no spaces).
  func reading(of word: String) -> Reading {
    if let reading = lock.withLock({ known[word] }) { return reading }
    let output = (try? phonemes(word, settings)) ?? ""
    var reading = Reading.vietnamese
    for token in output.split(separator: " ") {
      let found = Self.reading(ofToken: token)
      if found == .otherVoice { reading = .otherVoice }
      if found == .spelled, reading == .vietnamese { reading = .spelled }
    }
    lock.withLock { known[word] = reading }
    return reading
  }

  /// The reading of one token of phoneme output.
  static func reading(ofToken token: Substring) -> Reading {
    if token.contains("(") { return .otherVoice }
    let stresses = token.utf8.reduce(0) { $0 + ($1 == 0x27 || $1 == 0x2C ? 1 : 0) }
    return stresses > 1 ? .spelled : .vietnamese
  }
}
