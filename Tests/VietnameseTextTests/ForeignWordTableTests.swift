import Testing
@testable import VietnameseText

@Suite("Foreign words")
struct ForeignWordTableTests {
  static let cases: [Case] = [
    Case("gắn watermark, metadata", "gắn oát tơ mác, mê ta đa ta"), Case("fake news", "phếch niu"),
    Case("e-KYC, Touch ID", "i kê vai xi, Tát ai đi"),
    Case("Fintech, e-commerce", "Phin téc, i com mơ"),
    Case("xe Toyota, app Baemin, siêu thị AEON", "xe Tô dô ta, áp Bê min, siêu thị E on"),
    Case("Flash sale, freeship, shipper", "Phờ lát xeo, phờ ri síp, síp pơ"),
    Case("KOL, KOC, influencer", "ca o e lờ, ca o xê, in phờ lu en xơ"),
    Case("học sâu (deep learning)", "học sâu, đíp lơ ninh,"), Case("team, free", "tim, phơ ri"),
    Case("sandbox, OpenAI, WhatsApp", "xen bốc, Ô pần ây ai, Oát xáp"),
    Case("blockchain, crypto", "bờ lốc chen, cờ ríp tô"),
    Case("eTax Mobile", "e tắc Mô bai"),
    Case("thiết bị IoT", "thiết bị Ai ô ti"), Case("tấn công DDoS", "tấn công Đê đốt"),
    Case("Windows 11, iOS", "Uyn đâu mười một, ai ô ét"), Case("MobiFone", "Mô bi phôn"),
    Case("Threads", "Thờ rét"),
    Case("doanh nghiệp start-up", "doanh nghiệp xờ tát ắp"),
    Case("iPhone 16 Pro Max", "ai phôn mười sáu Pờ rô Mắc"),
    Case("Zalo", "Da lô"), Case("zalo", "da lô"), Case("ZALO", "Da lô"),
    Case("Facebook", "Phây búc"),
    Case("TikTok", "Tích tóc"), Case("YouTube", "Diu túp"), Case("Google", "Gu gồ"),
    Case("deepfake", "đíp phếch"), Case("video call", "vi đê ô côn"),
    Case("gọi video", "gọi vi đê ô"),
    Case("đường link", "đường lin"), Case("cài app", "cài áp"), Case("online", "on lai"),
    Case("internet banking", "in tơ nét banh king"),
    Case("Internet Banking", "In tơ nét banh king"),
    Case("email", "i meo"), Case("e-mail", "i meo"), Case("website", "oép sai"),
    Case("Messenger", "Mét xen giơ"), Case("Telegram", "Tê lê gam"), Case("wifi", "oai phai"),
    Case("video, call", "vi đê ô, côn"),
    Case("Viettel", "Việt ten"), Case("ZaloPay", "Da lô pây"), Case("Vietcombank", "Việt com banh"),
    Case("SMS Brandname", "ét em ét Bờ ran nêm"), Case("App Store", "Áp Xờ to"),
    Case("Google Play", "Gu gồ Pờ lây"), Case("cài file APK", "cài phai a pê ca"),
    Case("thẻ Visa, Mastercard", "thẻ Vi sa, Mát tơ cát"),
  ]

  @Test("respelled for the Vietnamese voice", arguments: cases)
  func respelled(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  @Test("no respelling is itself a key (idempotence)")
  func respellingsAreStable() {
    for spelling in ForeignWordTable.words.values {
      for word in spelling.split(separator: " ") {
        #expect(ForeignWordTable.words[word.lowercased()] == nil, "\(word)")
      }
    }
  }
}
