import Testing
import VietnameseText

@Suite("Web and e-mail addresses")
struct WebAddressReaderTests {
  static let cases: [Case] = [
    Case("a@'@b.vn", "a a còng a còng bê chấm vê en"),
    Case("vietcombank-vn.com", "việt com banh gạch ngang vê en chấm com"),
    Case("agribank.com.vn.online", "ác ri banh chấm com chấm vê en chấm on lai"),
    Case("tinnhiemmang.vn", "tín nhiệm mạng chấm vê en"),
    Case("khonggianmang.vn", "không gian mạng chấm vê en"),
    Case(
      "http://haiphong.gov.vn/tin-tuc",
      "hải phòng chấm gờ o vê chấm vê en gạch chéo tin gạch ngang túc"),
    Case(
      "baohaiphong.com.vn/tin-moi",
      "báo hải phòng chấm com chấm vê en gạch chéo tin gạch ngang moi"),
    Case("đuôi .xyz, .top.", "đuôi chấm ích i dét, chấm tóp."),
    Case("có đuôi .vn, .com", "có đuôi chấm vê en, chấm com"),
    Case("dichvucong.gov.vn", "dịch vụ công chấm gờ o vê chấm vê en"),
    Case("https://tinnhiemmang.vn/", "tín nhiệm mạng chấm vê en"),
    Case("www.chinhphu.vn", "vê kép vê kép vê kép chấm chính phủ chấm vê en"),
    Case("abc@gmail.com", "a bê xê a còng gờ meo chấm com"),
    Case(
      "ubnd.haihung@haiphong.gov.vn",
      "u bê en dê chấm hải hưng a còng hải phòng chấm gờ o vê chấm vê en"),
    Case("Xem tại tinnhiemmang.vn.", "Xem tại tín nhiệm mạng chấm vê en."),
    Case("thongtin-24h.vn", "thông tin gạch ngang hai bốn hát chấm vê en"),
    Case("ban_tin.vn", "ban gạch dưới tin chấm vê en"),
    // "www." in any case makes an address, whatever follows the last dot.
    Case(
      "WWW.chinhphu.example", "vê kép vê kép vê kép chấm chính phủ chấm e ích a em pê e lờ e"),
    Case("Www.haiphong", "vê kép vê kép vê kép chấm hải phòng"),
  ]

  @Test("addresses", arguments: cases)
  func addresses(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
