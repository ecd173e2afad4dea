import Testing
import VietnameseText

@Suite("Clause splitter")
struct ClauseSplitterTests {
  static let long =
    "Khi nhận cuộc gọi video của người thân hỏi vay tiền, bà con hãy gọi lại bằng số đã biết, "
    + "không chuyển tiền ngay."

  @Test("a long sentence is cut after each comma, the comma kept with its clause")
  func commas() {
    #expect(
      ClauseSplitter().clauses(of: Self.long) == [
        "Khi nhận cuộc gọi video của người thân hỏi vay tiền,",
        "bà con hãy gọi lại bằng số đã biết,",
        "không chuyển tiền ngay.",
      ])
  }

  @Test("a sentence of at most the minimum length is left whole")
  func shortStaysWhole() {
    let sentence = "Kính thưa, bà con nhân dân."
    #expect(ClauseSplitter().clauses(of: sentence) == [sentence])
    #expect(ClauseSplitter(minimumSyllables: 5).clauses(of: sentence) == [sentence])
  }

  @Test("a clause shorter than the shortest is joined to the next one, the last to the one before")
  func shortClausesJoin() {
    let splitter = ClauseSplitter(minimumSyllables: 4, shortestClause: 3)
    #expect(
      splitter.clauses(of: "Kính thưa, bà con nhân dân toàn xã, xin chú ý.") == [
        "Kính thưa, bà con nhân dân toàn xã,", "xin chú ý.",
      ])
    #expect(
      splitter.clauses(of: "Bà con nhân dân toàn xã nghe rõ, nhé.") == [
        "Bà con nhân dân toàn xã nghe rõ, nhé."
      ])
  }

  @Test("with conjunctions on, a long clause is also cut before one, both sides long enough")
  func conjunctions() {
    let sentence =
      "Bà con không cung cấp mã xác thực cho người lạ và không bấm vào đường dẫn lạ trên mạng."
    #expect(ClauseSplitter(minimumSyllables: 10).clauses(of: sentence) == [sentence])
    #expect(
      ClauseSplitter(minimumSyllables: 10, atConjunctions: true).clauses(of: sentence) == [
        "Bà con không cung cấp mã xác thực cho người lạ",
        "và không bấm vào đường dẫn lạ trên mạng.",
      ])
  }

  @Test("joining the clauses with spaces gives the sentence back", arguments: [long, "Một, hai."])
  func lossless(_ sentence: String) {
    let splitter = ClauseSplitter(minimumSyllables: 0, atConjunctions: true, shortestClause: 1)
    #expect(splitter.clauses(of: sentence).joined(separator: " ") == sentence)
  }
}
