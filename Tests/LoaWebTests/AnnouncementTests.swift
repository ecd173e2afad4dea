import Foundation
import LoaTestSupport
import LoaStudio
import LoaAir
import Hummingbird
import HummingbirdTesting
import Testing

@testable import LoaWeb

/// `/thong-bao-moi`: a valid announcement becomes a script file with `air:`/`priority:` in its
/// header and shows in the plan; mistakes get `loa check`'s messages and write nothing.
@Suite struct AnnouncementTests {
  static func form(
    date: String = "2026-12-02", slot: String = "sang", priority: String = "emergency",
    title: String = "Cắt điện sáng thứ Tư",
    text: String = "Bà con chú ý: sáng mai cắt điện từ 7 giờ.",
    airNow: Bool = false, token: String = WebFixture.token
  ) -> ByteBuffer {
    func encode(_ text: String) -> String {
      text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }
    var body = "csrf=\(encode(token))&ngay=\(date)&buoi=\(slot)&uu_tien=\(priority)"
    body += "&tieu_de=\(encode(title))&noi_dung=\(encode(text))"
    if airNow { body += "&phat_ngay=1" }
    return ByteBuffer(string: body)
  }

  /// The files in the fixture's announcement folder.
  static func announcementFiles(_ fixture: WebFixture) throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: fixture.root.appendingPathComponent("scripts/thong-bao").path)
  }

  static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

  /// Posts `body` to the announcement form and hands the response to `check`.
  @discardableResult
  static func post<Return>(
    _ body: ByteBuffer, with client: some TestClientProtocol,
    check: @escaping (TestResponse) async throws -> Return
  ) async throws -> Return {
    try await client.execute(
      uri: "/thong-bao-moi", method: .post, headers: formHeaders, body: body, testCallback: check)
  }

  @Test func savedAnnouncementAppearsInThePlan() async throws {
    let fixture = try WebFixture()
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await Self.post(Self.form(), with: client) { response in
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/lich-phat?tu=2026-12-02&ngay=1#2026-12-02-sang")
      }
      let file = fixture.root.appendingPathComponent(
        "scripts/thong-bao/2026-12-02-sang-cat-dien-sang-thu-tu.txt")
      #expect(
        try String(contentsOf: file, encoding: .utf8)
          == "---\ntitle: Cắt điện sáng thứ Tư\nair: 2026-12-02 sang\npriority: emergency\n---\n"
          + "Bà con chú ý: sáng mai cắt điện từ 7 giờ.\n")
      try await client.execute(uri: "/lich-phat?tu=2026-12-02&ngay=1", method: .get) { response in
        #expect(response.text.contains("Cắt điện sáng thứ Tư"))
      }
      try await client.execute(uri: "/api/plan?from=2026-12-02&days=1", method: .get) { response in
        #expect(response.text.contains("\"title\": \"Cắt điện sáng thứ Tư\""))
        #expect(response.text.contains("2026-12-02-sang-cat-dien-sang-thu-tu.txt"))
      }
      try await client.execute(uri: "/api/check", method: .get) { response in
        #expect(response.text.contains("\"errors\": 0"))
      }
      // No temporary file is left behind; the YAML is untouched.
      #expect(try !Self.announcementFiles(fixture).contains { $0.hasSuffix(".tmp") })
    }
    let yaml = try String(contentsOfFile: fixture.schedule, encoding: .utf8)
    let original = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/render/lich.yaml"),
      encoding: .utf8)
    #expect(yaml == original)
  }

  @Test func slotThatDoesNotAirThatDayIsRejectedWithLoaChecksMessage() async throws {
    let fixture = try WebFixture()
    let app = try fixture.application()
    try await app.test(.router) { client in
      // 2026-12-01 is a Tuesday; "chieu" airs Monday, Wednesday, Friday.
      try await Self.post(Self.form(date: "2026-12-01", slot: "chieu"), with: client) { response in
        #expect(response.status == .unprocessableContent)
        #expect(
          response.text.contains("khung giờ &#39;chieu&#39; không phát vào thứ Ba 01/12/2026"))
        #expect(response.text.contains("Cắt điện sáng thứ Tư"))  // the draft is kept
      }
      try await Self.post(Self.form(slot: "trua"), with: client) { response in
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains("không có khung giờ &#39;trua&#39;"))
      }
      for body in [
        Self.form(date: "2026-02-30"), Self.form(priority: "gap"), Self.form(title: " "),
        Self.form(text: ""), Self.form(slot: "sang%0Apriority:%20normal"),
      ] {
        try await Self.post(body, with: client) { response in
          #expect(response.status == .unprocessableContent)
          #expect(response.text.contains("Chưa lưu được thông báo"))
        }
      }
    }
    #expect(try Self.announcementFiles(fixture) == ["khan.txt"])
  }

  @Test func everyMistakeOfTheFormIsListedAtOnce() async throws {
    let fixture = try WebFixture()
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await Self.post(
        Self.form(date: "2026-13-01", slot: "sang%2Ftoi", title: " ", text: "Dòng\n---\nhết"),
        with: client
      ) { response in
        #expect(response.status == .unprocessableContent)
        let page = response.text
        #expect(page.contains("Thiếu tiêu đề."))
        #expect(page.contains("Nội dung không được có dòng chỉ gồm &#39;---&#39;."))
        #expect(page.contains("Buổi phát &#39;sang/toi&#39; không hợp lệ."))
        #expect(page.contains("Ngày phát &#39;2026-13-01&#39; không hợp lệ (cần dạng 2026-12-05)."))
        #expect(!page.contains("Thiếu nội dung thông báo."))
      }
    }
    #expect(try Self.announcementFiles(fixture) == ["khan.txt"])
  }

  @Test func airNowQueuesARenderedEmergencyForLoaAir() async throws {
    let fixture = try WebFixture()
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await Self.post(Self.form(date: "2026-11-30", slot: "chieu", airNow: true), with: client)
      { response in
        #expect(response.status == .seeOther)
      }
    }
    // The same queue `loa emergency` fills: a complete item, audio with the emergency chime.
    let queue = EmergencyQueue(output: OutputFolder(fixture.out))
    let (items, garbage) = queue.pending()
    #expect(garbage.isEmpty)
    let item = try #require(items.first)
    #expect(items.count == 1)
    let audio = try AudioProbe(queue.audioURL(item.id))
    #expect(abs(audio.seconds - item.seconds) < 0.01)
    #expect(audio.seconds > 6, "chime, 'Thông báo khẩn', the text and the closing")
  }

  @Test func slugs() {
    #expect(AnnouncementWriter.slug("Mời họp thôn Đông") == "moi-hop-thon-dong")
    #expect(AnnouncementWriter.slug("  <b>!!</b> ") == "b-b")
    #expect(AnnouncementWriter.slug("???") == "")
  }
}
