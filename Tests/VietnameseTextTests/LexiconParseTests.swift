import Testing
import VietnameseText

@Suite("Operator lexicon")
struct LexiconParseTests {
  @Test("good lines become entries, comments and blanks are skipped")
  func goodFile() {
    let text =
      "# written\tspoken\n\nZalo\tGia lô\nvideo call\tvi đi ô côn\r\n  # indented comment\n"
    let (lexicon, issues) = Lexicon.parse(text, file: "lexicon.tsv")
    #expect(issues.isEmpty)
    #expect(lexicon.entries.map(\.written) == ["Zalo", "video call"])
    #expect(lexicon.entries.map(\.spoken) == ["Gia lô", "vi đi ô côn"])
  }

  static let badLines: [(String, String)] = [
    ("Zalo Da lô", "lex.tsv:1: thiếu dấu TAB giữa dạng viết và cách đọc"),
    (
      "Zalo\tDa\tlô",
      "lex.tsv:1: có hơn một dấu TAB; mỗi dòng chỉ gồm dạng viết, một dấu TAB, rồi cách đọc"
    ),
    ("\tDa lô", "lex.tsv:1: dạng viết để trống"),
    ("Zalo\t ", "lex.tsv:1: cách đọc của 'Zalo' để trống"),
    ("VTV1\tvê tê vê 1", "lex.tsv:1: cách đọc của 'VTV1' có chữ số; hãy viết số thành chữ"),
  ]

  @Test("each bad line is reported as FILE:LINE: message", arguments: badLines)
  func badLine(_ line: String, _ message: String) {
    let (lexicon, issues) = Lexicon.parse(line, file: "lex.tsv")
    #expect(issues.map(\.description) == [message])
    #expect(lexicon.entries.isEmpty)
  }

  @Test("all problems are reported, with their line numbers; later duplicates win")
  func severalProblems() {
    let text = "# c\nZalo\tDa lô\nbad line\nZalo\tGia lô\n"
    let (lexicon, issues) = Lexicon.parse(text, file: "l.tsv")
    #expect(
      issues.map(\.description) == [
        "l.tsv:3: thiếu dấu TAB giữa dạng viết và cách đọc",
        "l.tsv:4: 'Zalo' đã có ở dòng 2; dòng này được dùng",
      ])
    #expect(lexicon.entries.map(\.spoken) == ["Gia lô"])
  }

  static let overrides: [Case] = [
    Case("Zalo và Facebook", "Gia lô và Phây búc"), Case("gọi video call", "gọi vi đi ô côn"),
    Case("ZALO", "Gia lô"), Case("Hải Hưng", "Hải Hưng"),
    Case("VTV1 đưa tin", "vê tê vê một đưa tin"),
    Case("(Zalo)", "Gia lô,"),
  ]

  @Test("operator entries win over built-ins", arguments: overrides)
  func overridesBuiltIns(_ example: Case) {
    let (lexicon, _) = Lexicon.parse(
      "Zalo\tGia lô\nvideo call\tvi đi ô côn\nVTV1\tvê tê vê một\n", file: "x")
    #expect(spoken(example.input, lexicon: lexicon) == example.expected)
  }
}
