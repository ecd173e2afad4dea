import Testing
import VietnameseText

/// Respelled foreign words reach espeak-ng's Vietnamese voice without an English switch.
@Suite("Respelled words in espeak-ng", .serialized)
struct RespellingPhonemeTests {
  static let words = [
    "Galaxy", "Grab", "Netflix", "Bitcoin", "crypto", "hashtag", "Agribank", "Vietcombank",
    "MacBook", "Windows", "Excel", "PowerPoint", "Chrome", "Safari", "Gemini", "Copilot", "Threads",
    "Oppo", "Xiaomi", "Huawei", "Store", "Nguyen", "Top", "Tiki", "Money", "Mobile", "Bluezone",
  ]

  @Test("respellings of unknown words reach espeak-ng without an English switch", arguments: words)
  func noSwitch(_ word: String) throws {
    let text = Normalizer().normalize(word)
    let phonemes = try EspeakPhonemes.phonemes(text)
    #expect(!EspeakPhonemes.switchesLanguage(phonemes), "\(text) → \(phonemes)")
  }
}
