import SpeechAudio
import Testing

/// `--stream` values parsed as a pure value: labelled tables, whole messages.
@Suite struct IcecastURLTests {
  struct Good: Sendable, CustomTestStringConvertible {
    let label: String
    let text: String
    let expected: IcecastURL
    var testDescription: String { label }
  }

  static let good: [Good] = [
    Good(
      label: "full", text: "icecast://source:hackme@radio.example:8000/loa",
      expected: IcecastURL(password: "hackme", host: "radio.example", port: 8000, mount: "/loa")),
    Good(
      label: "default port", text: "icecast://source:pw@10.0.0.5/hai-hung.mp3",
      expected: IcecastURL(password: "pw", host: "10.0.0.5", mount: "/hai-hung.mp3")),
    Good(
      label: "no user means source", text: "icecast://pw@host:8001/a",
      expected: IcecastURL(password: "pw", host: "host", port: 8001, mount: "/a")),
    Good(
      label: "percent-encoded password", text: "icecast://dj:p%40ss%3Aw%C3%B4rd@h:9000/m",
      expected: IcecastURL(user: "dj", password: "p@ss:wôrd", host: "h", port: 9000, mount: "/m")),
    Good(
      label: "raw @ and : in the password", text: "icecast://source:a@b:c@h:8000/m",
      expected: IcecastURL(password: "a@b:c", host: "h", port: 8000, mount: "/m")),
    Good(
      label: "IPv6", text: "icecast://source:pw@[::1]:8000/loa",
      expected: IcecastURL(password: "pw", host: "::1", port: 8000, mount: "/loa")),
    Good(
      label: "nested mount", text: "ICECAST://source:pw@h:8000/xa/hai-hung",
      expected: IcecastURL(password: "pw", host: "h", port: 8000, mount: "/xa/hai-hung")),
  ]

  @Test("Valid URLs parse into their parts", arguments: good)
  func parses(_ row: Good) throws {
    #expect(try IcecastURL(row.text) == row.expected)
  }

  @Test("The description and server hide the password")
  func redacted() throws {
    let url = try IcecastURL("icecast://source:bi-mat@radio.example:8000/loa")
    #expect(url.description == "icecast://source:***@radio.example:8000/loa")
    #expect(url.server == "radio.example:8000")
    #expect(try IcecastURL("icecast://source:x@[::1]:8000/a").server == "[::1]:8000")
  }

  @Test(
    "Invalid URLs give one Vietnamese line, password hidden",
    arguments: [
      (
        "wrong scheme", "http://source:pw@h:8000/loa",
        "Địa chỉ phát trực tuyến 'http://source:***@h:8000/loa' không hợp lệ: phải bắt đầu bằng icecast://"
      ),
      (
        "no password", "icecast://h:8000/loa",
        "Địa chỉ phát trực tuyến 'icecast://h:8000/loa' không hợp lệ: thiếu mật khẩu"
      ),
      (
        "empty password", "icecast://source:@h:8000/loa",
        "Địa chỉ phát trực tuyến 'icecast://source:***@h:8000/loa' không hợp lệ: thiếu mật khẩu"
      ),
      (
        "no host", "icecast://source:pw@:8000/loa",
        "Địa chỉ phát trực tuyến 'icecast://source:***@:8000/loa' không hợp lệ: thiếu tên máy chủ"
      ),
      (
        "bad port", "icecast://source:pw@h:80x/loa",
        "Địa chỉ phát trực tuyến 'icecast://source:***@h:80x/loa' không hợp lệ: cổng '80x' không hợp lệ (1–65535)"
      ),
      (
        "port too big", "icecast://source:pw@h:70000/loa",
        "Địa chỉ phát trực tuyến 'icecast://source:***@h:70000/loa' không hợp lệ: cổng '70000' không hợp lệ (1–65535)"
      ),
      (
        "no mount", "icecast://source:pw@h:8000/",
        "Địa chỉ phát trực tuyến 'icecast://source:***@h:8000/' không hợp lệ: thiếu điểm gắn (ví dụ /loa)"
      ),
      (
        "bad escape", "icecast://source:p%zz@h:8000/loa",
        "Địa chỉ phát trực tuyến 'icecast://source:***@h:8000/loa' không hợp lệ: mật khẩu có mã %XX sai"
      ),
    ] as [(String, String, String)])
  func rejects(label: String, text: String, message: String) {
    do {
      _ = try IcecastURL(text)
      Issue.record("\(label): accepted")
    } catch {
      let suffix = " (dạng đúng: icecast://source:MẬT_KHẨU@MÁY_CHỦ:CỔNG/ĐIỂM_GẮN)."
      #expect("\(error)" == message + suffix, "\(label)")
      #expect(!"\(error)".contains("pw"), "\(label): password shown")
    }
  }
}
