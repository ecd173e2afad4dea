import Testing
import VietnameseText

@Suite("Normalizer: lines, sentences, syllables")
struct NormalizerTests {
  @Test("one output line per input line, blank lines kept")
  func lineCount() {
    let text = "Dòng 1\n\nDòng 3: 0912 345 678\n"
    #expect(spoken(text) == "Dòng một\n\nDòng ba: không chín một hai, ba bốn năm, sáu bảy tám\n")
  }

  @Test("sentences end after . ! ? and a blank line ends a paragraph")
  func sentences() {
    let text = "Kính thưa bà con! Hôm nay 09/4/2026.\nXin mời nghe...\n\nHết giờ?"
    let result = Normalizer().sentences(text)
    #expect(
      result == [
        Sentence(text: "Kính thưa bà con!", pause: .sentence),
        Sentence(
          text: "Hôm nay chín tháng tư năm hai nghìn không trăm hai mươi sáu.", pause: .sentence),
        Sentence(text: "Xin mời nghe...", pause: .paragraph),
        Sentence(text: "Hết giờ?", pause: .paragraph),
      ])
  }

  @Test("a paragraph without end mark is one sentence; empty text has none")
  func sentencesEdges() {
    #expect(Normalizer().sentences("") == [])
    #expect(Normalizer().sentences("\n \n") == [])
    #expect(
      Normalizer().sentences("bà con\nnhân dân") == [
        Sentence(text: "bà con nhân dân", pause: .paragraph)
      ])
  }

  static let syllables: [(String, Int)] = [
    ("", 0), ("ủy ban nhân dân xã.", 5), ("Kính thưa bà con!", 4), ("  a ,  b ", 2),
    ("một trăm linh năm", 4), ("...", 0),
  ]

  @Test("syllable count", arguments: syllables)
  func syllableCount(_ text: String, _ count: Int) {
    #expect(Normalizer.syllableCount(text) == count)
  }

  @Test("syllables of a normalised sentence")
  func syllablesOfNormalised() {
    let text = Normalizer().normalize("UBND xã họp lúc 19h30.")
    #expect(Normalizer.syllableCount(text) == 13)
  }
}
