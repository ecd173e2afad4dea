import Testing
import VietnameseText

@Suite("Document numbers")
struct DocumentNumberReaderTests {
  static let cases: [Case] = [
    Case(
      "Kế hoạch 117/KH-UBND của UBND TP. Hải Phòng.",
      "Kế hoạch một trăm mười bảy của ủy ban nhân dân thành phố Hải Phòng."),
    Case(
      "Thực hiện 117/KH-UBND của UBND thành phố.",
      "Thực hiện số một trăm mười bảy, kế hoạch của ủy ban nhân dân thành phố."),
    Case(
      "Thông tư liên tịch số 12/2020/TTLT-BCA-BQP",
      "Thông tư liên tịch số mười hai năm hai nghìn không trăm hai mươi của bộ công an và bộ quốc phòng"
    ),
    Case("Mẫu số 02/ĐK.", "Mẫu số hai, đăng ký."),
    Case("117/KH-UBND", "số một trăm mười bảy, kế hoạch của ủy ban nhân dân"),
    Case("Kế hoạch số 117/KH-UBND", "Kế hoạch số một trăm mười bảy của ủy ban nhân dân"),
    Case(
      "134/2025/QH15",
      "số một trăm ba mươi tư năm hai nghìn không trăm hai mươi lăm, quốc hội khóa mười lăm"),
    Case(
      "Luật số 134/2025/QH15.",
      "Luật số một trăm ba mươi tư năm hai nghìn không trăm hai mươi lăm, quốc hội khóa mười lăm."),
    Case("367/QĐ-TTg", "số ba trăm sáu mươi bảy, quyết định của thủ tướng chính phủ"),
    Case(
      "39/2020/TT-BTTTT",
      "số ba mươi chín năm hai nghìn không trăm hai mươi, thông tư của bộ thông tin và truyền thông"
    ),
    Case(
      "13/2023/NĐ-CP",
      "số mười ba năm hai nghìn không trăm hai mươi ba, nghị định của chính phủ"),
    Case("57-NQ/TW", "số năm mươi bảy, nghị quyết của trung ương"),
    Case("05/CT-TTg", "số năm, chỉ thị của thủ tướng chính phủ"),
    Case("(số 12/TB-UBND)", "số mười hai, thông báo của ủy ban nhân dân,"),
    Case("45/UBND-VX", "số bốn mươi lăm, ủy ban nhân dân văn xã"),
    Case("Công văn 200/BCA-A05", "Công văn hai trăm, bộ công an a không năm"),
    Case(
      "Căn cứ Nghị định 13/2023/NĐ-CP;",
      "Căn cứ Nghị định mười ba năm hai nghìn không trăm hai mươi ba của chính phủ;"),
    Case(
      "Quyết định số 367/QĐ-TTg ngày 12/3/2025",
      "Quyết định số ba trăm sáu mươi bảy của thủ tướng chính phủ ngày mười hai tháng ba năm hai"
        + " nghìn không trăm hai mươi lăm"),
    Case(
      "Thông tư 39/2020/TT-BTTTT",
      "Thông tư ba mươi chín năm hai nghìn không trăm hai mươi của bộ thông tin và truyền thông"),
    Case("Nghị quyết 57-NQ/TW", "Nghị quyết năm mươi bảy của trung ương"),
    Case(
      "Công văn 1234/CAT-PV01",
      "Công văn một nghìn hai trăm ba mươi tư, công an tỉnh pê vê không một"),
    Case("Văn bản 15/CV-UBND", "Văn bản mười lăm, công văn của ủy ban nhân dân"),
  ]

  @Test("document numbers", arguments: cases)
  func documents(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  /// Issue 13: nothing said twice, nothing invented around a document number.
  static let sayOnce: [Case] = [
    Case(
      "Thủ tướng Chính phủ đã ban hành Quyết định 367/QĐ-TTg về kế hoạch.",
      "Thủ tướng Chính phủ đã ban hành Quyết định ba trăm sáu mươi bảy về kế hoạch.",
      label: "issuer named earlier in the sentence, no số written"),
    Case(
      "Thủ tướng Chính phủ ký Quyết định số 367/QĐ-TTg.",
      "Thủ tướng Chính phủ ký Quyết định số ba trăm sáu mươi bảy.",
      label: "issuer named earlier, số written"),
    Case(
      "Thủ tướng Chính phủ họp. Quyết định 367/QĐ-TTg được ban hành.",
      "Thủ tướng Chính phủ họp. Quyết định ba trăm sáu mươi bảy của thủ tướng chính phủ được ban"
        + " hành.",
      label: "issuer named in the sentence before: said again"),
    Case(
      "Quốc hội khóa XV đã thông qua Luật Trí tuệ nhân tạo, số 134/2025/QH15.",
      "Quốc hội khóa mười lăm đã thông qua Luật Trí tuệ nhân tạo, số một trăm ba mươi tư năm hai"
        + " nghìn không trăm hai mươi lăm.",
      label: "body without a type, named earlier"),
    Case(
      "Luật Trí tuệ nhân tạo, số 134/2025/QH15, có hiệu lực.",
      "Luật Trí tuệ nhân tạo, số một trăm ba mươi tư năm hai nghìn không trăm hai mươi lăm, quốc"
        + " hội khóa mười lăm, có hiệu lực.",
      label: "recap sentence: the issuer said once"),
    Case(
      "Quốc hội đã thông qua Luật 134/2025/QH15.",
      "Quốc hội đã thông qua Luật một trăm ba mươi tư năm hai nghìn không trăm hai mươi lăm, quốc"
        + " hội khóa mười lăm.",
      label: "a shorter name is not the whole issuer"),
    Case(
      "UBND xã ban hành Kế hoạch 117/KH-UBND.",
      "ủy ban nhân dân xã ban hành Kế hoạch một trăm mười bảy.",
      label: "abbreviated issuer named earlier"),
    Case(
      "UBND xã gửi 117/KH-UBND.",
      "ủy ban nhân dân xã gửi số một trăm mười bảy, kế hoạch.",
      label: "type not named, issuer named: the type stays"),
    Case(
      "Quyết định 135 hỗ trợ xã nghèo.", "Quyết định một trăm ba mươi lăm hỗ trợ xã nghèo.",
      label: "plain number after a document word: no số"),
    Case(
      "Chính phủ ban hành Nghị định 13/2023/NĐ-CP.",
      "Chính phủ ban hành Nghị định mười ba năm hai nghìn không trăm hai mươi ba.",
      label: "government named, decree after"),
  ]

  @Test("no repeated issuer, no invented số", arguments: sayOnce)
  func onceOnly(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
