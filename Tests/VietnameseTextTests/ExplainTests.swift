import Foundation
import Testing
import VietnameseText

@Suite("Normalizer.explain: each chunk's class and reading")
struct ExplainTests {
  static let cases: [(String, [ChunkExplanation])] = [
    (
      "Gọi 113.",
      [
        ChunkExplanation(written: "Gọi", textClass: .word, spoken: "Gọi"),
        ChunkExplanation(written: "113.", textClass: .phone, spoken: "một một ba."),
      ]
    ),
    (
      "UBND xã, 01/3/2026",
      [
        ChunkExplanation(written: "UBND", textClass: .abbreviation, spoken: "ủy ban nhân dân"),
        ChunkExplanation(written: "xã,", textClass: .word, spoken: "xã,"),
        ChunkExplanation(
          written: "01/3/2026", textClass: .date,
          spoken: "một tháng ba năm hai nghìn không trăm hai mươi sáu"),
      ]
    ),
    (
      "15-20 người, 1/3, 429/434",
      [
        ChunkExplanation(written: "15-20", textClass: .range, spoken: "mười lăm đến hai mươi"),
        ChunkExplanation(written: "người,", textClass: .word, spoken: "người,"),
        ChunkExplanation(written: "1/3,", textClass: .fraction, spoken: "một phần ba,"),
        ChunkExplanation(
          written: "429/434", textClass: .ratio,
          spoken: "bốn trăm hai mươi chín trên bốn trăm ba mươi tư"),
      ]
    ),
    (
      "video call qua Zalo",
      [
        ChunkExplanation(written: "video call", textClass: .phrase, spoken: "vi đê ô côn"),
        ChunkExplanation(written: "qua", textClass: .word, spoken: "qua"),
        ChunkExplanation(written: "Zalo", textClass: .foreign, spoken: "Da lô"),
      ]
    ),
  ]

  @Test("chunks, classes and readings", arguments: cases)
  func explained(_ line: String, _ expected: [ChunkExplanation]) {
    #expect(Normalizer().explain(line) == expected)
  }

  static let lines = [
    "Thủ tướng Chính phủ đã ban hành Quyết định 367/QĐ-TTg.", "Gọi 0912 345 678 (Zalo)!",
    "Giá 1 000 000 đồng/hộ, tăng 2,5%.", "— ", "",
  ]

  @Test(
    "the readings joined are the normalised line (a pause opening a part joins the word before)",
    arguments: lines)
  func joined(_ line: String) {
    let parts = Normalizer().explain(line).map(\.spoken).filter { !$0.isEmpty }
    let joined = parts.joined(separator: " ").replacingOccurrences(of: " ,", with: ",")
    #expect(joined == Normalizer().normalize(line))
  }
}
