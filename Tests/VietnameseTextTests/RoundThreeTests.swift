import Testing

/// Issue 11, parts 2 and 3: scores, formulas, rates, multipliers, clause letters, abbreviations,
/// addresses and hashtags, road numbers, spaced dates.
@Suite("Normaliser round three")
struct RoundThreeTests {
  static let cases: [Case] = [
    Case("Đã có 2/2 tổ xong.", "Đã có hai trên hai tổ xong.", label: "a whole counted"),
    Case("5/5 hộ đăng ký", "năm trên năm hộ đăng ký", label: "a whole counted"),
    Case("Đội xã thắng 3-0.", "Đội xã thắng ba không.", label: "score"),
    Case("hai đội hòa 1-1", "hai đội hòa một một", label: "score"),
    Case("tỉ số 2-1", "tỉ số hai một", label: "score"),
    Case("Nghỉ từ 15-20 ngày.", "Nghỉ từ mười lăm đến hai mươi ngày.", label: "still a range"),
    Case("Bón NPK 20-20-15.", "Bón en pê ca hai mươi hai mươi mười lăm.", label: "formula"),
    Case("thuốc 16-16-8", "thuốc mười sáu mười sáu tám", label: "formula"),
    Case("thả 20 con/m²", "thả hai mươi con một mét vuông", label: "per area"),
    Case("2 tạ/sào", "hai tạ một sào", label: "per unit"),
    Case("3.000 đồng/kWh", "ba nghìn đồng một ki lô oát giờ", label: "per unit"),
    Case("tỉ suất 15‰", "tỉ suất mười lăm phần nghìn", label: "per mille"),
    Case("tăng x3", "tăng gấp ba", label: "multiplier"),
    Case("sản lượng ×2", "sản lượng gấp hai", label: "multiplier"),
    Case("khổ 3x4m", "khổ ba nhân bốn mét", label: "dimensions stay"),
    Case("BCH QS xã họp.", "ban chỉ huy quân sự xã họp.", label: "two-token abbreviation"),
    Case("BCH Đoàn xã", "ban chấp hành Đoàn xã", label: "abbreviation"),
    Case("CAX Hải Hưng", "công an xã Hải Hưng", label: "abbreviation"),
    Case("Hội CCB, ĐTN", "Hội cựu chiến binh, đoàn thanh niên", label: "abbreviation"),
    Case("phòng chống AIDS", "phòng chống ết", label: "said as a word"),
    Case("theo điểm đ khoản 1", "theo điểm đê khoản một", label: "clause letter"),
    Case("điểm b khoản 2", "điểm bê khoản hai", label: "clause letter"),
    Case("gửi thư tới tiepdan@x.vn", "gửi thư tới tiếp dân a còng ích chấm vê en", label: "e-mail"),
    Case("#congan", "công an", label: "hashtag without marks"),
    Case("Điểm 9/10.", "Điểm chín trên mười.", label: "mark out of ten"),
    Case("EVNHANOI", "e vê en Hà Nội", label: "brand"),
    Case("thi TOEIC", "thi tô ích", label: "test name"),
    Case("Đường ĐT 354", "Đường tỉnh ba trăm năm mươi tư", label: "road number"),
    Case("QL 5 ùn tắc", "quốc lộ năm ùn tắc", label: "road number"),
    Case(
      "ĐT 0912345678", "điện thoại không chín một hai ba bốn năm sáu bảy tám",
      label: "still a phone"),
    Case(
      "Ngày 20 - 11 - 2026", "Ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi sáu",
      label: "spaced date"),
    Case("bấm link lạ", "bấm lin lạ", label: "link"),
    Case("gieo mạ", "gieo mạ", label: "farming verb"),
  ]

  @Test("round three", arguments: cases)
  func roundThree(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
