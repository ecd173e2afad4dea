import BroadcastPlan
import Foundation
import LoaTestSupport
import Testing
@testable import VietnameseText

/// The normalised corpus and shipped scripts reach espeak-ng's Vietnamese voice without an
/// English switch (checked through `espeak_TextToPhonemes`, not the command line).
@Suite("No language switch in espeak-ng", .serialized)
struct NoLanguageSwitchTests {
  static let root = NormalizerFixtures.root

  static func corpus() -> [String] { NormalizerFixtures.corpus() }

  static func scriptLines() -> [String] { NormalizerFixtures.scriptLines() }

  @Test("the raw corpus does switch (the check can fail)")
  func rawSwitches() throws {
    #expect(EspeakPhonemes.switchesLanguage(try EspeakPhonemes.phonemes("Zalo Facebook deepfake")))
  }

  @Test("normalised corpus sentences stay Vietnamese", arguments: corpus())
  func corpusSentence(_ sentence: String) throws {
    let text = Normalizer().normalize(sentence)
    let phonemes = try EspeakPhonemes.phonemes(text)
    #expect(!EspeakPhonemes.switchesLanguage(phonemes), "\(text) → \(phonemes)")
  }

  @Test("normalised script lines stay Vietnamese, every voice")
  func scripts() throws {
    let lines = Self.scriptLines()
    #expect(lines.count >= 50)
    for (voice, dialect) in [
      ("vi", Dialect.northern), ("vi-vn-x-central", .central), ("vi-vn-x-south", .southern),
    ] {
      let normalizer = Normalizer(dialect: dialect)
      for line in lines {
        let text = normalizer.normalize(line)
        let phonemes = try EspeakPhonemes.phonemes(text, voiceName: voice)
        #expect(!EspeakPhonemes.switchesLanguage(phonemes), "\(voice): \(text) → \(phonemes)")
      }
    }
  }

  static func builtInSpellings() -> [String] {
    Array(ForeignWordTable.words.values) + Array(ForeignWordTable.phrases.values)
      + Array(AbbreviationTable.entries.values) + Array(UnitTable.entries.values)
      + Array(LetterSpeller.names.values) + Array(WebAddressReader.labels.values)
      + Array(DocumentNumberReader.types.values) + Array(DocumentNumberReader.bodies.values)
  }

  @Test("the starter lexicon parses cleanly and its spoken forms stay Vietnamese")
  func starterLexicon() throws {
    let url = Self.root.appendingPathComponent("schedules/lexicon.tsv")
    let (lexicon, issues) = Lexicon.parse(
      try String(contentsOf: url, encoding: .utf8), file: "schedules/lexicon.tsv")
    #expect(issues.isEmpty)
    #expect(!lexicon.entries.isEmpty)
    for entry in lexicon.entries {
      let phonemes = try EspeakPhonemes.phonemes(entry.spoken)
      #expect(!EspeakPhonemes.switchesLanguage(phonemes), "\(entry.spoken) → \(phonemes)")
    }
  }

  @Test("every built-in spoken form stays Vietnamese")
  func builtIns() throws {
    for spelling in Set(Self.builtInSpellings()).sorted() {
      let phonemes = try EspeakPhonemes.phonemes(spelling)
      #expect(!EspeakPhonemes.switchesLanguage(phonemes), "\(spelling) → \(phonemes)")
    }
  }
}
