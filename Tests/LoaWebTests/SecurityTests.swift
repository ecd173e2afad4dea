import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import LoaWeb

/// Traversal, loopback-only without a password, Basic authentication, CSRF, size limits and
/// HTML escaping.
@Suite struct SecurityTests {
  static let traversals = [
    "/audio/2026-11-30/..%2F..%2Flich.yaml", "/audio/2026-11-30/%2e%2e%2f%2e%2e%2flich.yaml",
    "/audio/..%2F2026-11-30/0600-sang.wav", "/audio/2026-11-30/%2Fetc%2Fpasswd",
    "/audio/2026-11-30/..", "/audio/2026-11-30/%2e%2e",
    "/ban-tin/../lich.yaml", "/ban-tin/%2e%2e/lich.yaml", "/ban-tin/%2E%2E%2Flich.yaml",
    "/ban-tin/scripts/%2e%2e/lich.yaml", "/ban-tin/scripts/chien-dich/..%2F..%2F..%2Flich.yaml",
    "/ban-tin/%2Fetc%2Fpasswd", "/ban-tin//etc/passwd", "/ban-tin/%252e%252e/lich.yaml",
    "/ban-tin/scripts/chien-dich/./01-goi-video.txt", "/ban-tin/lich.yaml",
    "/nghe-thu/../lich.yaml", "/nghe-thu/%2e%2e%2flich.yaml", "/nghe-thu/%2Fetc%2Fpasswd",
    "/static/../lich.yaml", "/../lich.yaml",
  ]

  @Test(arguments: traversals)
  func traversalIsNotFound(uri: String) async throws {
    let app = try WebFixture.rendered.application()
    try await app.test(.router) { client in
      try await client.execute(uri: uri, method: .get) { response in
        #expect(response.status == .notFound, "\(uri) → \(response.status)")
        #expect(!response.text.contains("station:"))
      }
    }
  }

  @Test func symlinkOutOfTheScriptFolderIsNotFound() async throws {
    let outside = try WebFixture()
    let secret = outside.root.appendingPathComponent("bi-mat.txt")
    try "Bí mật\n\nKhông được lộ ra ngoài.".write(to: secret, atomically: true, encoding: .utf8)
    let fixture = try WebFixture { root in
      try FileManager.default.createSymbolicLink(
        at: root.appendingPathComponent("scripts/chien-dich/04-lien-ket.txt"),
        withDestinationURL: secret)
    }
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/ban-tin/scripts/chien-dich/04-lien-ket.txt", method: .get) {
        response in
        #expect(response.status == .notFound)
        #expect(!response.text.contains("Không được lộ"))
      }
      try await client.execute(uri: "/nghe-thu/scripts/chien-dich/04-lien-ket.txt", method: .get) {
        response in
        #expect(response.status == .notFound)
      }
      try await client.execute(uri: "/ban-tin/scripts/chien-dich/01-goi-video.txt", method: .get) {
        response in
        #expect(response.status == .ok)
      }
    }
  }

  @Test func publicHostNeedsAPassword() throws {
    let fixture = WebFixture.rendered
    for host in ["0.0.0.0", "192.168.1.10", "::", "dai-truyen-thanh.local"] {
      #expect(throws: WebError.publicHostWithoutPassword(host: host)) {
        _ = try buildApplication(fixture.configuration(host: host))
      }
    }
    for host in ["127.0.0.1", "localhost", "::1", "127.0.0.2"] {
      #expect(throws: Never.self) { try fixture.configuration(host: host).validate() }
    }
    let password = try PasswordFile.hashing(password: "mk", user: "dai", iterations: 10)
    #expect(throws: Never.self) {
      try fixture.configuration(host: "0.0.0.0", credentials: password).validate()
    }
    #expect(
      WebError.publicHostWithoutPassword(host: "0.0.0.0").description
        == "địa chỉ '0.0.0.0' cho máy khác truy cập; cần --password-file (tạo bằng 'loa serve --hash-password')."
    )
  }

  @Test func basicAuthenticationWhenAPasswordIsSet() async throws {
    let password = try PasswordFile.hashing(password: "mật khẩu", user: "dai", iterations: 1000)
    let app = try WebFixture.rendered.application(credentials: password)
    @Sendable func basic(_ text: String) -> String {
      "Basic " + Data(text.utf8).base64EncodedString()
    }
    try await app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .unauthorized)
        #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Basic realm=") == true)
        #expect(response.text.contains("Cần đăng nhập"))
      }
      for wrong in ["dai:sai", "khac:mật khẩu", "dai", ""] {
        try await client.execute(
          uri: "/api/plan", method: .get, headers: [.authorization: basic(wrong)]
        ) { response in
          #expect(response.status == .unauthorized, "\(wrong)")
        }
      }
      for _ in 0..<2 {
        try await client.execute(
          uri: "/api/check", method: .get, headers: [.authorization: basic("dai:mật khẩu")]
        ) { response in
          #expect(response.status == .ok)
        }
      }
    }
  }

  @Test func passwordFileLines() throws {
    let made = try PasswordFile.hashing(password: "bí mật", user: "van-thu", iterations: 500)
    let parsed = try #require(PasswordFile(text: "# tệp mật khẩu\n\n" + made.line + "\n"))
    #expect(parsed == made)
    #expect(parsed.matches(user: "van-thu", password: "bí mật"))
    #expect(!parsed.matches(user: "van-thu", password: "bi mat"))
    #expect(!parsed.matches(user: "khac", password: "bí mật"))
    #expect(PasswordFile(text: "van-thu:plain-password") == nil)
    #expect(throws: WebError.emptyPassword) { try PasswordFile.hashing(password: "") }
    // RFC 7914 §11 test vector for PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1).
    let vector = PasswordFile.pbkdf2(
      password: Array("passwd".utf8), salt: Array("salt".utf8), iterations: 1)
    #expect(
      Hex.encode(vector) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
  }

  @Test func postWithoutAValidTokenIsForbidden() async throws {
    let fixture = try WebFixture()
    let app = try fixture.application()
    let folder = fixture.root.appendingPathComponent("scripts/thong-bao")
    let before = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    let fields =
      "ngay=2026-12-02&buoi=sang&uu_tien=normal&tieu_de=Th%E1%BB%AD&noi_dung=N%E1%BB%99i+dung."
    let stale = FormToken(key: WebFixture.formKey).issue(
      now: WebFixture.now.adding(seconds: -13 * 3600))
    let foreign = FormToken(key: [UInt8](repeating: 1, count: 32)).issue(now: WebFixture.now)
    try await app.test(.router) { client in
      for body in [
        fields, fields + "&csrf=", fields + "&csrf=123.abcd", fields + "&csrf=" + stale,
        fields + "&csrf=" + foreign,
      ] {
        try await client.execute(
          uri: "/thong-bao-moi", method: .post,
          headers: [.contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(string: body)
        ) { response in
          #expect(response.status == .forbidden, "\(body)")
          #expect(response.text.contains("Không được phép"))
        }
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == before)
  }

  @Test func oversizeInputIsRefused() async throws {
    let fixture = try WebFixture()
    let app = try fixture.application()
    let big = String(repeating: "a", count: WebLimits.bodyBytes + 10)
    let longText = String(repeating: "Bà con chú ý. ", count: 6000)  // > 64 KiB, < 1 MiB
    let encoded = longText.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    try await app.test(.router) { client in
      try await client.execute(
        uri: "/thong-bao-moi", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "csrf=\(WebFixture.token)&noi_dung=" + big)
      ) { response in
        #expect(response.status == .contentTooLarge)
      }
      try await client.execute(
        uri: "/thong-bao-moi", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(
          string:
            "csrf=\(WebFixture.token)&ngay=2026-12-02&buoi=sang&uu_tien=normal&tieu_de=Dai&noi_dung="
            + encoded)
      ) { response in
        #expect(response.status == .contentTooLarge)
        #expect(response.text.contains("64 KiB"))
      }
    }
  }

  @Test func htmlInAScriptTitleIsEscaped() async throws {
    let fixture = try WebFixture { root in
      try """
      ---
      title: <script>alert("loa")</script> & <b>đậm</b>
      ---
      Bà con chú ý <img src=x onerror=alert(1)> nhé.
      """.write(
        to: root.appendingPathComponent("scripts/chien-dich/00-html.txt"), atomically: true,
        encoding: .utf8)
    }
    let app = try fixture.application()
    try await app.test(.router) { client in
      for uri in [
        "/ban-tin", "/ban-tin/scripts/chien-dich/00-html.txt", "/lich-phat?tu=2026-11-30&ngay=3",
      ] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .ok, "\(uri)")
          #expect(!response.text.contains("<script>alert"), "\(uri)")
          #expect(!response.text.contains("<img src=x"), "\(uri)")
          #expect(
            response.text.contains(
              "&lt;script&gt;alert(&quot;loa&quot;)&lt;/script&gt; &amp; &lt;b&gt;"), "\(uri)")
        }
      }
    }
  }
}
