import LoaTestSupport
import Testing

@testable import VietnameseText

/// The word memo is only a cache: a text read with it (``Normalizer/normalize(_:)``) says each
/// line exactly as that line read alone, with no memo, does.
@Suite("The word memo changes no reading")
struct WordMemoTests {
  /// Each word first read where its reading is context-free, then where a rule before the
  /// memo must still take it: a phrase, a dot it owns, a road number, a bracket, a number
  /// before it, "phút" after a time, an operator lexicon entry, a clause letter.
  static let seededThenSpecial = [
    "Xem video hướng dẫn, gọi video ngay.",
    "Cảnh giác với video call giả danh người thân.",
    "Ban BCH họp tổ, BCH xã chỉ đạo.",
    "Đồng chí chỉ huy trưởng BCH QS xã phát biểu.",
    "Đường ĐT mới nối với ĐT 354 qua xã.",
    "Thầy PGS dạy, PGS. Nguyễn Văn An giảng.",
    "Đi bộ mười phút, đến lúc 6h30 phút thì về.",
    "Chiều dài km được đo, cách 5 km về phía nam.",
    "Hội Nông dân họp, Hội Nông dân xã tổng kết.",
    "(Zalo) và Zalo, (Facebook), Facebook.",
    "Khoản 2 Điều 5, điểm đ khoản 1; điểm a.",
    "Giá deepfake, deep fake, Deepfake: đều là giả.",
    "Thôn Hai Phong họp, thôn Hai Phong. Xong",
  ]

  static func memoless(_ line: String, _ normalizer: Normalizer, lexicon: Lexicon) -> String {
    LineExpander(dialect: normalizer.dialect, lexicon: lexicon).expand(Substring(line))
  }

  @Test("lines that seed the memo, then need the full rules, read as each line alone")
  func specialContexts() {
    let lexicon = Lexicon([(written: "Hội Nông dân", spoken: "hội nông dân việt nam")])
    for dialect in Dialect.allCases {
      let normalizer = Normalizer(dialect: dialect, lexicon: lexicon)
      let text = Self.seededThenSpecial.joined(separator: "\n")
      let spoken = normalizer.normalize(text, threads: 1).split(
        separator: "\n", omittingEmptySubsequences: false)
      #expect(spoken.count == Self.seededThenSpecial.count)
      for (line, said) in zip(Self.seededThenSpecial, spoken) {
        #expect(String(said) == Self.memoless(line, normalizer, lexicon: lexicon), "\(line)")
      }
    }
    // The rules the memo must not skip did apply.
    let text = Self.seededThenSpecial.joined(separator: "\n")
    let said = Normalizer(lexicon: lexicon).normalize(text)
    #expect(said.contains("vi đê ô côn"))
    #expect(said.contains("ban chỉ huy quân sự"))
    #expect(said.contains("đường tỉnh ba trăm năm mươi tư"))
    #expect(said.contains("hội nông dân việt nam"))
    #expect(said.contains("năm ki lô mét"))
    #expect(said.contains("điểm đê"))
    #expect(said.contains("phó giáo sư"))
  }

  @Test("the corpus and random lines read with one memo as each line alone")
  func corpusAndRandomLines() {
    let text = ParallelNormalizeTests.mixedText()
    for dialect in Dialect.allCases {
      let normalizer = Normalizer(dialect: dialect)
      let lines = text.lines()
      let spoken = normalizer.normalize(text, threads: 1).split(
        separator: "\n", omittingEmptySubsequences: false)
      #expect(spoken.count == lines.count)
      var differing = 0
      for (line, said) in zip(lines, spoken)
      where String(said) != Self.memoless(String(line), normalizer, lexicon: Lexicon()) {
        differing += 1
      }
      #expect(differing == 0, "\(dialect)")
    }
  }
}
