import Testing
import VietnameseText

/// `Normalizer.place`: each chunk's column in the line as written, and the words read by guess.
@Suite("Normalizer.place: source columns and guessed words")
struct PlacementTests {
  struct DoubtCase: CustomTestStringConvertible, Sendable {
    let label: String
    let line: String
    let doubts: [ReadingDoubt]
    var testDescription: String { "\(label): \(line)" }
  }

  static let doubtCases: [DoubtCase] = [
    DoubtCase(
      label: "English brand name respelled by rule", line: "Bà con cài Bluesky nhé.",
      doubts: [ReadingDoubt(written: "Bluesky", column: 12, spoken: "Bơ luết ky", kind: .guessed)]
    ),
    DoubtCase(
      label: "unknown acronym spelled", line: "Tổ chức XKCD gọi tới",
      doubts: [ReadingDoubt(written: "XKCD", column: 9, spoken: "ích ca xê dê", kind: .spelled)]
    ),
    DoubtCase(
      label: "quotes before the word still count as columns", line: "Cài “Bluesky” ngay",
      doubts: [ReadingDoubt(written: "Bluesky", column: 6, spoken: "Bơ luết ky", kind: .guessed)]
    ),
    DoubtCase(
      label: "a spaced dash and a bullet before the word", line: "• Mạng xã hội—Bluesky, FBI",
      doubts: [
        ReadingDoubt(written: "Bluesky", column: 15, spoken: "Bơ luết ky", kind: .guessed),
        ReadingDoubt(written: "FBI", column: 24, spoken: "ép bê i", kind: .spelled),
      ]
    ),
    DoubtCase(
      label: "built-in foreign words and abbreviations are no guess",
      line: "UBND xã nhắc: Zalo, Facebook, Shopee đều có kẻ gian.", doubts: []
    ),
    DoubtCase(
      label: "all Vietnamese", line: "Kính thưa bà con nhân dân, hôm nay trời đẹp.", doubts: []
    ),
  ]

  @Test("guessed words and their columns", arguments: doubtCases)
  func doubts(_ testCase: DoubtCase) {
    let found = Normalizer().place(testCase.line).flatMap(\.doubts)
    #expect(found == testCase.doubts)
  }

  @Test("chunk columns count characters of the line as written")
  func columns() {
    let placed = Normalizer().place("“Tải” ứng dụng — 113.")
    #expect(placed.map(\.column) == [2, 7, 11, 16, 18])
    #expect(placed.map(\.explanation.written) == ["Tải", "ứng", "dụng", "–", "113."])
  }

  @Test("place agrees with explain")
  func agreesWithExplain() {
    for line in [
      "Gọi 113.", "UBND xã, 01/3/2026", "video call qua Zalo", "Nghị định 13/2023/NĐ-CP",
    ] {
      #expect(Normalizer().place(line).map(\.explanation) == Normalizer().explain(line))
    }
  }

  @Test(
    "suggested spellings: the built-in table first, then a guess",
    arguments: [
      ("Shopee", "Sốp pi"), ("Bluesky", "Bơ luết ky"), ("XKCD", "ích ca xê dê"),
      ("UBND", "ủy ban nhân dân"),
    ])
  func suggestion(_ word: String, _ expected: String) {
    #expect(Normalizer.suggestedSpelling(word) == expected)
  }
}
