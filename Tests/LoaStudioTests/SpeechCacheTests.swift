import Foundation
import LoaTestSupport
import SpeechAudio
import Testing
import VietnameseText

@testable import LoaStudio

@Suite("Speech cache")
struct SpeechCacheTests {
  static func cache(_ folder: TemporaryFolder, rate: Int = 150) -> SpeechCache {
    SpeechCache(
      folder: folder.file(".cache"), voice: VoiceSettings(name: "vi", rate: rate),
      sampleRate: 22_050, normalizer: Normalizer(dialect: .northern, lexicon: Lexicon()),
      engineVersion: "test-engine")
  }

  @Test("a stored text is found again with its exact length; keys follow the spoken form")
  func storeAndFind() throws {
    let folder = try TemporaryFolder("loa-cache")
    defer { folder.remove() }
    let cache = Self.cache(folder)
    #expect(cache.seconds(forText: "Xin chào bà con.") == nil)
    let stored = try cache.store(text: "Xin chào bà con.", renderer: AudioRenderer())
    let probe = try AudioProbe(cache.url(forKey: cache.key(forText: "Xin chào bà con.")))
    #expect(abs(probe.seconds - stored) < 0.001)
    #expect(probe.sampleRate == 22_050)
    #expect(stored > 0.5 && stored < 5)
    // A fresh view of the same folder reads the length from the file.
    #expect(Self.cache(folder).seconds(forText: "Xin chào bà con.") == stored)
    // Same spoken form, same key; another rate, another key.
    #expect(cache.key(forText: "Xin  chào bà con.") == cache.key(forText: "Xin chào bà con."))
    #expect(
      Self.cache(folder, rate: 175).key(forText: "Xin chào bà con.")
        != cache.key(forText: "Xin chào bà con."))
  }
}
