import Testing
import VietnameseText

/// Issue 11, part 3: site names run together, capitals in headings, a second pass over output.
@Suite("Normaliser round four")
struct RoundFourTests {
  static let cases: [Case] = [
    Case("Đọc baohaiphong mỗi ngày.", "Đọc báo hải phòng mỗi ngày.", label: "site name alone"),
    Case("Vào tinnhiemmang kiểm tra", "Vào tín nhiệm mạng kiểm tra", label: "site name alone"),
    Case(
      "baohaiphong.com.vn", "báo hải phòng chấm com chấm vê en", label: "site name in an address"),
    Case(
      "THÔNG BÁO VỀ VIỆT NAM HÔM NAY", "thông báo về việt nam hôm nay",
      label: "capitals in a heading are read as words"),
  ]

  @Test("round four", arguments: cases)
  func reads(_ testCase: Case) {
    #expect(spoken(testCase.input) == testCase.expected)
  }

  @Test(
    "a Roman numeral after silent marks at a line start reads the same on a second pass",
    arguments: ["😀 I. Mở đầu", "“ I. Mở đầu", "I. Mở đầu"])
  func romanAfterSilence(_ line: String) {
    let once = spoken(line)
    #expect(once == "một. Mở đầu")
    #expect(spoken(once) == once)
  }
}
