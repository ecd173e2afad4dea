import Foundation
import Testing

@testable import VietnameseText

/// Every word of Debian's Vietnamese hunspell dictionary (package `hunspell-vi`) comes out of the
/// normaliser as written, except for tone-mark placement and the deliberate expansions below.
///
/// Without the dictionary the test says so and passes, except under CI (`CI` set), where a
/// missing dictionary is a failure: install `hunspell-vi` (`make test-deps`).
@Suite("Dictionary guard (hunspell-vi)")
struct DictionaryGuardTests {
  static let path = "/usr/share/hunspell/vi_VN.dic"

  /// Words the normaliser reads differently on purpose: abbreviations, letter names, foreign
  /// words respelled, and syllables spelled as espeak-ng must see them.
  static let deliberate: [String: String] = [
    "ABC": "a bê xê", "ASCII": "a ét xê i i", "GIF": "giê i ép", "HCM": "Hồ Chí Minh",
    "HK": "hát ca", "HTML": "hát tê em e lờ", "HĐND": "hội đồng nhân dân",
    "JPEG": "giây pê e giê", "LHQ": "Liên Hợp Quốc", "PDF": "pê dê ép", "PNG": "pê en giê",
    "RAM": "ram", "TCVN": "tiêu chuẩn Việt Nam", "TV": "ti vi", "Telex": "Te léc",
    "Tp": "thành phố", "UBND": "ủy ban nhân dân", "URL": "u e rờ e lờ", "Unicode": "U ni co de",
    "VIQR": "vê i cu e rờ", "VISCII": "vê i ét xê i i", "VN": "Việt Nam", "VNI": "vê en i",
    "basoi": "ba soi", "email": "i meo", "gen": "ghen", "gip": "gíp", "gram": "gơ ram",
    "internet": "in tơ nét", "intranet": "in tra nét", "ka": "ca", "tivi": "ti vi",
    "tout": "tâút", "v": "vê", "web": "oép", "xit": "xít",
  ]

  /// The dictionary's words (flags after "/" dropped; the first line is the count).
  static func words() -> [String]? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      line.split(separator: "/").first.map(String.init)
    }
  }

  @Test("every dictionary word kept, but for tone marks and the deliberate list")
  func dictionaryWordsKept() throws {
    guard let words = Self.words() else {
      let message = "\(Self.path) missing: install the Debian package hunspell-vi"
      if ProcessInfo.processInfo.environment["CI"] != nil {
        Issue.record(Comment(rawValue: message))
      } else {
        print("Dictionary guard skipped: \(message)")
      }
      return
    }
    #expect(words.count > 6_000)
    let spoken = Normalizer().normalize(words.joined(separator: "\n"))
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(spoken.count == words.count)
    var wrong: [String] = []
    for (word, said) in zip(words, spoken) {
      let expected = Self.deliberate[word] ?? String(ToneMarks.modernize(Substring(word)))
      if said != expected { wrong.append("\(word) → \(said) (expected \(expected))") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) words changed:\n\(wrong.joined(separator: "\n"))")
  }

  @Test("the deliberate list holds only dictionary words (no stale entries)")
  func deliberateEntriesExist() throws {
    guard let words = Self.words() else { return }
    let known = Set(words)
    #expect(Self.deliberate.keys.filter { !known.contains($0) }.sorted() == [])
  }

  static let farming: [Case] = [
    Case("gieo", "gieo", label: "to sow"), Case("gieo mạ", "gieo mạ"),
    Case("Gieo hạt đúng vụ", "Gieo hạt đúng vụ"), Case("queo", "queo"),
    Case("viet", "viết", label: "ie still becomes iê elsewhere"),
  ]

  @Test("farming verbs read as written", arguments: farming)
  func farmingVerbs(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
