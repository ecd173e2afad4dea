import Testing
import VietnameseText

@Suite("Unknown foreign words respelled")
struct ForeignRespellerTests {
  static let cases: [Case] = [
    Case("Galaxy", "Ga la xy"), Case("Grab", "Gơ ráp"), Case("Netflix", "Nét phơ líc"),
    Case("Bitcoin", "Bít coin"), Case("Agribank", "Ác ri banh"), Case("Tiki", "Ti ki"),
    Case("Chrome", "Chơ ro me"), Case("Gemini", "Giê mi nai"), Case("Top", "Tóp"),
    Case("MacBook", "Mác Búc"), Case("eTax", "e tắc"), Case("Nguyen", "Nguyên"),
    Case("Hai Phong", "Hai Phong"), Case("html", "hát tê em e lờ"),
    Case("Mobile Money", "Mô bai Mo nây"),
  ]

  @Test("respelled into Vietnamese syllables", arguments: cases)
  func respelled(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
