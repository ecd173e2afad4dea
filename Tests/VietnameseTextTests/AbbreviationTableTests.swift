import Testing
@testable import VietnameseText

@Suite("Abbreviations and capitals")
struct AbbreviationTableTests {
  static let abbreviations: [Case] = [
    Case(
      "Tp Hải Phòng, tp. Hải Phòng, Tp HCM",
      "thành phố Hải Phòng, thành phố Hải Phòng, thành phố Hồ Chí Minh"),
    Case("Nguyễn X. A. bị lừa", "Nguyễn ích a bị lừa"),
    Case("Toàn dân bảo vệ ANTQ; ANQG", "Toàn dân bảo vệ an ninh Tổ quốc; an ninh quốc gia"),
    Case("Ô/Bà có nhu cầu", "ông, bà có nhu cầu"),
    Case(
      "Hộ DTTS ở vùng ĐBKK, đối tượng BTXH",
      "Hộ dân tộc thiểu số ở vùng đặc biệt khó khăn, đối tượng bảo trợ xã hội"),
    Case("NVH thôn, UBKT Đảng ủy", "nhà văn hóa thôn, ủy ban kiểm tra Đảng ủy"),
    Case(
      "tổng đài CSKH, sàn TMĐT, ứng dụng OTT",
      "tổng đài chăm sóc khách hàng, sàn thương mại điện tử, ứng dụng ô tê tê"),
    Case("K/g: UBND xã", "kính gửi: ủy ban nhân dân xã"),
    Case("API, GPU", "a pê i, giê pê u"),
    Case("BS.CKII Lê Bình", "bác sĩ chuyên khoa hai Lê Bình"),
    Case("NSND Trần Hiếu, NSƯT Lan", "nghệ sĩ nhân dân Trần Hiếu, nghệ sĩ ưu tú Lan"),
    Case("Mẹ VNAH Nguyễn Thị Thứ", "Mẹ Việt Nam anh hùng Nguyễn Thị Thứ"),
    Case("LS. Trần Văn E", "luật sư Trần Văn E"),
    Case("GS.TSKH Nguyễn H", "giáo sư, tiến sĩ khoa học Nguyễn hát"),
    Case(
      "CBCCVC, ĐVTN, HS-SV, NLĐ",
      "cán bộ, công chức, viên chức, đoàn viên thanh niên, học sinh, sinh viên, người lao động"),
    Case("Ban chỉ huy PCTT&TKCN xã", "Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn xã"),
    Case("GCNQSDĐ, VSATTP", "giấy chứng nhận quyền sử dụng đất, vệ sinh an toàn thực phẩm"),
    Case("HĐND-UBND xã", "hội đồng nhân dân, ủy ban nhân dân xã"),
    Case("Ban CHQS xã, DQTV", "Ban chỉ huy quân sự xã, dân quân tự vệ"),
    Case("Công an tỉnh (PA05), Phòng PC02", "Công an tỉnh, pê a không năm, Phòng pê xê không hai"),
    Case("KHOAN DUNG, THA THỨ", "khoan dung, tha thứ"),
    Case("Thuế TNCN, thuế TNDN", "Thuế thu nhập cá nhân, thuế thu nhập doanh nghiệp"),
    Case("bằng 102,3% KH", "bằng một trăm linh hai phẩy ba phần trăm kế hoạch"),
    Case("Tiêm phòng LMLM", "Tiêm phòng lở mồm long móng"),
    Case("Cúm gia cầm A/H5N1", "Cúm gia cầm a hát năm en một"),
    Case("Xe mang BKS 15B2-345.67", "Xe mang biển kiểm soát mười lăm bê hai, ba bốn năm, sáu bảy"),
    Case("TNGT giảm", "tai nạn giao thông giảm"),
    Case("Công ty TNHH MTV", "Công ty trách nhiệm hữu hạn một thành viên"),
    Case("Công ty CP Đầu tư", "Công ty cổ phần Đầu tư"), Case("của CP", "của chính phủ"),
    Case("Bà Lan – PCT UBND xã", "Bà Lan, phó chủ tịch ủy ban nhân dân xã"),
    Case("sản phẩm OCOP 4 sao", "sản phẩm ô cốp bốn sao"),
    Case("UBND xã", "ủy ban nhân dân xã"), Case("HĐND", "hội đồng nhân dân"),
    Case("MTTQ", "mặt trận tổ quốc"), Case("THCS", "trung học cơ sở"),
    Case("THPT", "trung học phổ thông"), Case("BHYT", "bảo hiểm y tế"),
    Case("BHXH", "bảo hiểm xã hội"),
    Case("CCCD", "căn cước công dân"), Case("CSGT", "cảnh sát giao thông"),
    Case("KH&CN", "khoa học và công nghệ"), Case("CNTT", "công nghệ thông tin"),
    Case("OTP", "ô tê pê"), Case("AI", "ây ai"), Case("TP. Hải Phòng", "thành phố Hải Phòng"),
    Case("TP.HCM", "thành phố Hồ Chí Minh"), Case("Tp. Hải Phòng", "thành phố Hải Phòng"),
    Case("(UBND)", "ủy ban nhân dân,"), Case("UBND,", "ủy ban nhân dân,"),
    Case("HTX", "hợp tác xã"), Case("CLB", "câu lạc bộ"), Case("PCCC", "phòng cháy chữa cháy"),
    Case("v.v.", "vân vân"), Case("gạo, muối v.v.", "gạo, muối vân vân"),
    Case("ATM", "a tê em"), Case("mã QR", "mã cu a"), Case("CVV", "xê vê vê"),
    Case("VNeID", "vê nê ai đi"), Case("SMS", "ét em ét"), Case("ĐBQH", "đại biểu quốc hội"),
    Case("TAND", "tòa án nhân dân"), Case("sđt", "số điện thoại"),
    Case("V/v tuyên truyền", "về việc tuyên truyền"),
    Case("TS. Nguyễn Văn A", "tiến sĩ Nguyễn Văn A"),
    Case("Q.1, TP.HCM", "quận một, thành phố Hồ Chí Minh"),
    Case("P.5", "phường năm"), Case("Tp.Hải Phòng", "thành phố Hải Phòng"),
    Case("(SN 1965)", "sinh năm một nghìn chín trăm sáu mươi lăm,"),
    Case("Kính gửi: UBND các xã.", "Kính gửi: ủy ban nhân dân các xã."),
    Case("KT. CHỦ TỊCH", "ký thay chủ tịch"),
    Case("TM. ỦY BAN NHÂN DÂN", "thay mặt ủy ban nhân dân"),
    Case("TL. GIÁM ĐỐC", "thừa lệnh giám đốc"), Case("Lưu: VT.", "Lưu: văn thư."),
    Case("(Bộ TT&TT)", "Bộ thông tin và truyền thông,"),
    Case("Công an tỉnh (CAT)", "Công an tỉnh, công an tỉnh,"),
    Case("Zalo OA", "Da lô ô a"),
  ]

  @Test("built-in abbreviations", arguments: abbreviations)
  func builtIn(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  static let words: [Case] = [
    Case("gọi lại số quen", "gọi lại số quen"), Case("que, queo, Quen", "que, queo, Quen"),
    Case("ubnd", "u bê en dê"), Case("Ubnd", "u bê en dê"), Case("ca trực", "ca trực"),
    Case("Cai", "Cai"), Case("thuê bao", "thuê bao"), Case("ai đó", "ai đó"), Case("Ai?", "Ai?"),
  ]

  @Test("never inside or instead of ordinary words", arguments: words)
  func ordinaryWords(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  static let capitals: [Case] = [
    Case("TOP 10 XÃ", "tóp mười xã"), Case("XIN CẢM ƠN", "xin cảm ơn"),
    Case("TỈNH ĐẮK LẮK", "tỉnh đắk lắk"),
    Case("ĐI BỘ, Ô TÔ, XE MÁY, Y TẾ", "đi bộ, ô tô, xe máy, y tế"),
    Case("Nguyễn Văn A và Ô", "Nguyễn Văn A và Ô"), Case("BÃO SỐ 3 (YAGI)", "bão số ba, ya gi,"),
    Case("NATO, APEC", "na to, a péc"), Case("UNESCO", "u en e ét xê o"),
    Case("THÔNG BÁO KHẨN", "thông báo khẩn"), Case("bản TIN", "bản tin"),
    Case("CẢNH BÁO LỪA ĐẢO", "cảnh báo lừa đảo"),
    Case("LUẬT TRÍ TUỆ NHÂN TẠO", "luật trí tuệ nhân tạo"),
    Case("NGHIÊNG", "nghiêng"), Case("QUYẾT ĐỊNH", "quyết định"), Case("GIA ĐÌNH", "gia đình"),
    Case("XYZ", "ích i dét"), Case("VTV", "vê tê vê"), Case("BKAV", "bê ca a vê"),
    Case("HOÀ BÌNH", "hòa bình"), Case("Ở nhà", "Ở nhà"), Case("phương án B", "phương án bê"),
    Case("VTV1", "vê tê vê một"), Case("COVID-19", "cô vít mười chín"),
    Case("H5N1", "hát năm en một"),
    Case("4G", "bốn giê"),
  ]

  @Test("capitals: words read as words, acronyms spelled", arguments: capitals)
  func capitalWords(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  @Test("the table has at least 100 entries")
  func tableSize() {
    #expect(AbbreviationTable.entries.count >= 100)
  }
}
