import Testing
import VietnameseText

@Suite("Document numbers")
struct DocumentNumberReaderTests {
  static let cases: [Case] = [
    Case(
      "Kế hoạch 117/KH-UBND của UBND TP. Hải Phòng.",
      "Kế hoạch số một trăm mười bảy của ủy ban nhân dân thành phố Hải Phòng."),
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
    Case("Công văn 200/BCA-A05", "Công văn số hai trăm, bộ công an a không năm"),
    Case(
      "Căn cứ Nghị định 13/2023/NĐ-CP;",
      "Căn cứ Nghị định số mười ba năm hai nghìn không trăm hai mươi ba của chính phủ;"),
    Case(
      "Quyết định số 367/QĐ-TTg ngày 12/3/2025",
      "Quyết định số ba trăm sáu mươi bảy của thủ tướng chính phủ ngày mười hai tháng ba năm hai"
        + " nghìn không trăm hai mươi lăm"),
    Case(
      "Thông tư 39/2020/TT-BTTTT",
      "Thông tư số ba mươi chín năm hai nghìn không trăm hai mươi của bộ thông tin và truyền thông"),
    Case("Nghị quyết 57-NQ/TW", "Nghị quyết số năm mươi bảy của trung ương"),
    Case(
      "Công văn 1234/CAT-PV01",
      "Công văn số một nghìn hai trăm ba mươi tư, công an tỉnh pê vê không một"),
    Case("Văn bản 15/CV-UBND", "Văn bản số mười lăm, công văn của ủy ban nhân dân"),
  ]

  @Test("document numbers", arguments: cases)
  func documents(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
