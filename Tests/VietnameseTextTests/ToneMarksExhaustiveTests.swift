import Foundation
import Testing

@testable import VietnameseText

@Suite("Tone-mark placement, every vowel pair")
struct ToneMarksExhaustiveTests {
  /// The five tone marks as combining characters: grave, acute, hook above, tilde, dot below.
  static let tones: [Unicode.Scalar] = ["\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]

  /// NFC of `text`, the form the byte walk meets after hygiene.
  static func composed(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

  @Test("o/u + marked a/e/y in both cases, after nothing, a consonant or q, against Unicode")
  func everyPair() {
    var checked = 0
    for prefix in ["", "h", "kh", "th", "q", "Q", "H"] {
      for first in ["o", "O", "u", "U", "i", "a"] {
        for base in ["a", "A", "e", "E", "y", "Y", "â", "ê"] {
          for tone in Self.tones {
            let input = Self.composed(prefix + first + base + String(tone))
            let lowerFirst = first.lowercased()
            let lowerBase = base.lowercased()
            let moves =
              (lowerFirst == "o" && (lowerBase == "a" || lowerBase == "e"))
              || (lowerFirst == "u" && lowerBase == "y" && prefix.lowercased() != "q")
            let expected =
              moves ? Self.composed(prefix + first + String(tone) + base) : input
            #expect(
              String(ToneMarks.modernize(Substring(input))) == expected, "\(input)")
            // A closed syllable keeps its mark where it is ("hoàn").
            let closed = input + "n"
            #expect(String(ToneMarks.modernize(Substring(closed))) == closed, "\(closed)")
            checked += 1
          }
        }
      }
    }
    #expect(checked == 7 * 6 * 8 * 5)
  }
}
