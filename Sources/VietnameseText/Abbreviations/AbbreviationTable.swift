/// Built-in administrative and everyday abbreviations with their spoken forms.
///
/// Matching is case-sensitive and on whole tokens only, so "CA" (công an) never expands inside
/// an ordinary word and "ca" (a shift) is left alone. Expansions are lower-case, as said aloud;
/// proper names inside them keep their capitals.
enum AbbreviationTable {
  /// Written form → spoken form.
  static let entries: [String: String] = [
    // Authorities and bodies
    "UBND": "ủy ban nhân dân", "HĐND": "hội đồng nhân dân", "MTTQ": "mặt trận tổ quốc",
    "UBMTTQ": "ủy ban mặt trận tổ quốc", "MTTQVN": "mặt trận tổ quốc Việt Nam",
    "TW": "trung ương", "TƯ": "trung ương", "QH": "quốc hội", "CP": "chính phủ",
    "TTg": "thủ tướng chính phủ", "CTN": "chủ tịch nước", "VPCP": "văn phòng chính phủ",
    "ĐBQH": "đại biểu quốc hội", "UBTVQH": "ủy ban thường vụ quốc hội",
    "TAND": "tòa án nhân dân", "VKSND": "viện kiểm sát nhân dân", "CAND": "công an nhân dân",
    "QĐND": "quân đội nhân dân", "CA": "công an", "CAX": "công an xã",
    "CSGT": "cảnh sát giao thông",
    "PCCC": "phòng cháy chữa cháy", "PCCC&CNCH": "phòng cháy chữa cháy và cứu nạn cứu hộ",
    "CNCH": "cứu nạn cứu hộ", "BCA": "bộ công an", "BQP": "bộ quốc phòng", "BYT": "bộ y tế",
    "BTC": "bộ tài chính", "BTP": "bộ tư pháp", "BNV": "bộ nội vụ",
    "BGDĐT": "bộ giáo dục và đào tạo", "BKHCN": "bộ khoa học và công nghệ",
    "BTTTT": "bộ thông tin và truyền thông", "BVHTTDL": "bộ văn hóa, thể thao và du lịch",
    "BNNPTNT": "bộ nông nghiệp và phát triển nông thôn", "BNNMT": "bộ nông nghiệp và môi trường",
    "BCT": "bộ công thương", "BXD": "bộ xây dựng", "BLĐTBXH": "bộ lao động, thương binh và xã hội",
    "NHNN": "ngân hàng nhà nước", "KH&CN": "khoa học và công nghệ", "KHCN": "khoa học công nghệ",
    "KH&ĐT": "kế hoạch và đầu tư", "GD&ĐT": "giáo dục và đào tạo", "GDĐT": "giáo dục đào tạo",
    "VH-TT": "văn hóa, thông tin", "VHTT": "văn hóa thông tin", "VHXH": "văn hóa xã hội",
    "LĐTBXH": "lao động, thương binh và xã hội", "TN&MT": "tài nguyên và môi trường",
    "TNMT": "tài nguyên môi trường", "NN&PTNT": "nông nghiệp và phát triển nông thôn",
    "HTX": "hợp tác xã", "CLB": "câu lạc bộ", "BCH": "ban chấp hành", "BCĐ": "ban chỉ đạo",
    "BQL": "ban quản lý", "TDP": "tổ dân phố", "KDC": "khu dân cư", "ĐTN": "đoàn thanh niên",
    "TNCS": "thanh niên cộng sản", "HLHPN": "hội liên hiệp phụ nữ", "LHPN": "liên hiệp phụ nữ",
    "HND": "hội nông dân", "HCCB": "hội cựu chiến binh", "CCB": "cựu chiến binh",
    "ĐCSVN": "Đảng Cộng sản Việt Nam", "CHXHCN": "cộng hòa xã hội chủ nghĩa",
    "XHCN": "xã hội chủ nghĩa", "VN": "Việt Nam", "LHQ": "Liên Hợp Quốc",
    "A05": "a không năm", "BCHQS": "ban chỉ huy quân sự",
    "QS": "quân sự", "EVNHANOI": "e vê en Hà Nội", "EVN": "e vê en",
    // Programmes and diseases said as words
    "AIDS": "ết", "TOEIC": "tô ích", "VNeTraffic": "vê en i tra phích",
    // Places
    "TP": "thành phố", "TP.": "thành phố", "Tp.": "thành phố", "TP.HCM": "thành phố Hồ Chí Minh",
    "Tp.HCM": "thành phố Hồ Chí Minh", "HCM": "Hồ Chí Minh", "TPHCM": "thành phố Hồ Chí Minh",
    "Tp": "thành phố", "tp.": "thành phố", "HN": "Hà Nội", "HP": "Hải Phòng",
    "TX.": "thị xã", "TT.": "thị trấn", "Q.": "quận", "P.": "phường", "H.": "huyện",
    "KCN": "khu công nghiệp", "KĐT": "khu đô thị", "QL": "quốc lộ", "ĐT": "điện thoại",
    // Schools, health, social insurance, identity
    "THCS": "trung học cơ sở", "THPT": "trung học phổ thông", "TH": "tiểu học",
    "ĐH": "đại học", "CĐ": "cao đẳng", "GDTX": "giáo dục thường xuyên", "MN": "mầm non",
    "BHYT": "bảo hiểm y tế", "BHXH": "bảo hiểm xã hội", "BHTN": "bảo hiểm thất nghiệp",
    "TTYT": "trung tâm y tế", "TYT": "trạm y tế", "BV": "bệnh viện", "BS": "bác sĩ",
    "CCCD": "căn cước công dân", "CMND": "chứng minh nhân dân", "CMTND": "chứng minh thư nhân dân",
    "ĐDCN": "định danh cá nhân", "GPLX": "giấy phép lái xe", "SĐT": "số điện thoại",
    "sđt": "số điện thoại", "STK": "số tài khoản", "TK": "tài khoản", "NH": "ngân hàng",
    "TMCP": "thương mại cổ phần", "CNTT": "công nghệ thông tin", "ATTT": "an toàn thông tin",
    "ANTT": "an ninh trật tự", "TTATGT": "trật tự an toàn giao thông", "ATGT": "an toàn giao thông",
    "TTXVN": "Thông tấn xã Việt Nam", "VTV": "vê tê vê", "VOV": "vê ô vê",
    "PGS": "phó giáo sư", "GS": "giáo sư", "TS": "tiến sĩ", "ThS": "thạc sĩ", "KS": "kỹ sư",
    "PGS.TS": "phó giáo sư, tiến sĩ", "GS.TS": "giáo sư, tiến sĩ",
    "PGS.": "phó giáo sư", "GS.": "giáo sư", "TS.": "tiến sĩ", "ThS.": "thạc sĩ", "BS.": "bác sĩ",
    "KS.": "kỹ sư", "PGS.TS.": "phó giáo sư, tiến sĩ", "GS.TS.": "giáo sư, tiến sĩ",
    "CN": "chủ nhật", "T2": "thứ hai", "T3": "thứ ba", "T4": "thứ tư", "T5": "thứ năm",
    "T6": "thứ sáu", "T7": "thứ bảy", "SN": "sinh năm", "NXB": "nhà xuất bản",
    "TNHH": "trách nhiệm hữu hạn",
    "DN": "doanh nghiệp", "DNNVV": "doanh nghiệp nhỏ và vừa", "GTGT": "giá trị gia tăng",
    "KT-XH": "kinh tế, xã hội", "KTXH": "kinh tế xã hội", "QP-AN": "quốc phòng, an ninh",
    "QPAN": "quốc phòng an ninh", "ANQP": "an ninh quốc phòng", "PTNT": "phát triển nông thôn",
    "NTM": "nông thôn mới", "CSDL": "cơ sở dữ liệu", "CĐS": "chuyển đổi số",
    "DVC": "dịch vụ công", "TTHC": "thủ tục hành chính", "VBQPPL": "văn bản quy phạm pháp luật",
    "ĐVHC": "đơn vị hành chính", "HĐQT": "hội đồng quản trị", "UB": "ủy ban",
    // Signature blocks and filing notes: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "Lưu: VT."
    "KT.": "ký thay", "TM.": "thay mặt", "TL.": "thừa lệnh", "TUQ.": "thừa ủy quyền",
    "VT": "văn thư", "TT&TT": "thông tin và truyền thông", "TTTT": "thông tin và truyền thông",
    "CAT": "công an tỉnh", "CAH": "công an huyện", "CATP": "công an thành phố",
    "CAP": "công an phường", "OA": "ô a", "PCT": "phó chủ tịch", "PBT": "phó bí thư",
    "OCOP": "ô cốp", "MTV": "một thành viên", "QCVN": "quy chuẩn Việt Nam",
    "TCVN": "tiêu chuẩn Việt Nam", "BKS": "biển kiểm soát", "TNGT": "tai nạn giao thông",
    "ISO": "i xô", "ĐK": "đăng ký", "API": "a pê i", "CSKH": "chăm sóc khách hàng",
    "TMĐT": "thương mại điện tử",
    "OTT": "ô tê tê", "KP": "khu phố", "KCX": "khu chế xuất", "KKT": "khu kinh tế",
    "CCN": "cụm công nghiệp", "TNXP": "thanh niên xung phong", "NVH": "nhà văn hóa",
    "DTTS": "dân tộc thiểu số", "ĐBKK": "đặc biệt khó khăn", "BTXH": "bảo trợ xã hội",
    "NCC": "người có công", "CTXH": "công tác xã hội", "UBKT": "ủy ban kiểm tra",
    "BTG": "ban tuyên giáo", "BDV": "ban dân vận", "ANTQ": "an ninh Tổ quốc",
    "ANQG": "an ninh quốc gia", "ANM": "an ninh mạng", "KOL": "ca o e lờ", "KOC": "ca o xê",
    "GPU": "giê pê u",
    // Titles
    "CKI": "chuyên khoa một", "CKII": "chuyên khoa hai", "BSCKI": "bác sĩ chuyên khoa một",
    "BSCKII": "bác sĩ chuyên khoa hai", "BS.CKI": "bác sĩ chuyên khoa một",
    "BS.CKII": "bác sĩ chuyên khoa hai", "NSND": "nghệ sĩ nhân dân", "NSƯT": "nghệ sĩ ưu tú",
    "VNAH": "Việt Nam anh hùng", "AHLLVT": "anh hùng lực lượng vũ trang",
    "AHLĐ": "anh hùng lao động", "LS": "luật sư", "LS.": "luật sư", "Ls.": "luật sư",
    "TS.BS": "tiến sĩ, bác sĩ", "TS.BS.": "tiến sĩ, bác sĩ", "TSKH": "tiến sĩ khoa học",
    "GS.TSKH": "giáo sư, tiến sĩ khoa học", "GS.TSKH.": "giáo sư, tiến sĩ khoa học",
    "SARS-CoV-2": "xát cô vi hai",
    // People, schools, disaster response, land, markets, forces, health
    "CBCCVC": "cán bộ, công chức, viên chức", "CBCC": "cán bộ, công chức",
    "ĐVTN": "đoàn viên thanh niên", "HS-SV": "học sinh, sinh viên", "HSSV": "học sinh, sinh viên",
    "GV": "giáo viên", "BGH": "ban giám hiệu", "PHHS": "phụ huynh học sinh",
    "NLĐ": "người lao động", "NCT": "người cao tuổi", "NKT": "người khuyết tật",
    "PCTT&TKCN": "phòng chống thiên tai và tìm kiếm cứu nạn", "PCTT": "phòng chống thiên tai",
    "TKCN": "tìm kiếm cứu nạn", "KCB": "khám chữa bệnh",
    "GCNQSDĐ": "giấy chứng nhận quyền sử dụng đất", "GCN": "giấy chứng nhận",
    "QSDĐ": "quyền sử dụng đất", "ĐKKD": "đăng ký kinh doanh", "MST": "mã số thuế",
    "QLTT": "quản lý thị trường", "VSATTP": "vệ sinh an toàn thực phẩm",
    "ATTP": "an toàn thực phẩm", "ATVSTP": "an toàn vệ sinh thực phẩm",
    "HĐND-UBND": "hội đồng nhân dân, ủy ban nhân dân", "CHQS": "chỉ huy quân sự",
    "DQTV": "dân quân tự vệ", "LLVT": "lực lượng vũ trang",
    "QĐNDVN": "quân đội nhân dân Việt Nam", "BĐBP": "bộ đội biên phòng",
    "LĐ-TB&XH": "lao động, thương binh và xã hội", "ĐTĐ": "đái tháo đường",
    "BTNMT": "bộ tài nguyên và môi trường", "TNCN": "thu nhập cá nhân",
    "TNDN": "thu nhập doanh nghiệp",
    "CQT": "cơ quan thuế", "KH": "kế hoạch", "LMLM": "lở mồm long móng",
    "A/H5N1": "a hát năm en một", "H5N1": "hát năm en một",
    "V/v": "về việc", "v/v": "về việc", "V/V": "về việc", "K/g": "kính gửi", "K/G": "kính gửi",
    "Ô/Bà": "ông, bà", "ô/bà": "ông, bà", "24/7": "hai mươi tư trên bảy",
    "v.v.": "vân vân", "v.v": "vân vân", "vv": "vân vân", "STT": "số thứ tự",
    "Đ/c": "đồng chí", "đ/c": "đồng chí", "Đ/C": "đồng chí", "ĐC": "địa chỉ",
    // Technology and fraud warnings (read with Vietnamese letter names)
    "AI": "ây ai", "OTP": "ô tê pê", "QR": "cu a", "ID": "ai đi", "SMS": "ét em ét",
    "ATM": "a tê em", "SIM": "sim", "PIN": "pin", "CVV": "xê vê vê", "USB": "u ét bê",
    "GPS": "giê pê ét", "TV": "ti vi", "IT": "ai ti", "CEO": "xê e o", "VNeID": "vê nê ai đi",
    "VNEID": "vê nê ai đi", "eKYC": "i kê vai xi", "KYC": "kê vai xi", "VNPT": "vê en pê tê",
    "FPT": "ép pê tê", "APK": "a pê ca", "URL": "u e rờ e lờ", "IP": "ai pi",
    "COVID": "cô vít", "WHO": "tổ chức y tế thế giới", "VNĐ": "đồng", "VND": "đồng",
    "USD": "đô la Mỹ", "EU": "liên minh châu Âu", "ASEAN": "A xê an",
  ]

  /// Two-token abbreviations read together ("BCH QS" is "ban chỉ huy quân sự", not "ban chấp
  /// hành quân sự"), keyed by their tokens as written.
  static let phrases: [[String]: String] = [
    ["BCH", "QS"]: "ban chỉ huy quân sự"
  ]

  /// The first tokens of ``phrases``.
  static let phraseStarts: Set<Substring> = Set(
    phrases.keys.compactMap { key in key.first.map { Substring($0) } })

  /// Whether `token` may start one of ``phrases``: a cheap length and first-byte test first.
  static func mayStartPhrase(_ token: Substring) -> Bool {
    guard let first = token.utf8.first, token.utf8.count <= phraseStartLength,
      phraseStartFirstBytes.contains(first)
    else { return false }
    return phraseStarts.contains(token)
  }

  /// ``mayStartPhrase(_:)`` when the token's first byte and UTF-8 length are known.
  static func mayStartPhrase(_ token: Substring, firstByte: UInt8, length: Int) -> Bool {
    guard length <= phraseStartLength, phraseStartFirstBytes.contains(firstByte) else {
      return false
    }
    return phraseStarts.contains(token)
  }

  private static let phraseStartLength = phraseStarts.map(\.utf8.count).max() ?? 0
  private static let phraseStartFirstBytes = Set(phraseStarts.compactMap(\.utf8.first))

  /// The spoken form of a whole token, or `nil`.
  static func lookup(_ token: Substring) -> String? {
    index[token]
  }

  /// ``entries`` indexed by UTF-8 bytes.
  private static let index = UTF8Table(entries)
}
