import Foundation
import Hummingbird
import HummingbirdTesting
import LoaStudio
import Testing

@testable import LoaWeb

/// Every page: status, HTML content type, `lang="vi"`, the nav, security headers and its
/// Vietnamese content.
@Suite struct PageRoutesTests {
  let fixture = WebFixture.rendered

  static let pages: [(path: String, expected: [String])] = [
    ("/", ["Trang chủ", "Chương trình hôm nay", "Sắp phát:", "lỗi", "cảnh báo"]),
    (
      "/lich-phat?tu=2026-11-30&ngay=3",
      ["Lịch phát", "Bản tin sáng", "<audio controls", "khẩn cấp"]
    ),
    ("/kiem-tra", ["Kiểm tra lịch phát", "lỗi"]),
    ("/ban-tin", ["Bản tin", "Thông báo", "Cảnh giác lừa đảo"]),
    ("/ban-tin/scripts/chien-dich/01-goi-video.txt", ["Văn bản viết", "Cách đọc", "Nghe thử"]),
    (
      "/bao-cao?thang=2026-11",
      [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:",
        "Trưởng đài", "Theo chiến dịch tuyên truyền",
      ]
    ),
    ("/bao-cao?tu=2026-11-30&den=2026-12-02", ["Kết quả phát thanh từ ngày 30/11/2026"]),
    ("/nhat-ky?ngay=2026-11-30", ["Nhật ký phát", "Chưa có lượt phát nào"]),
    ("/thong-bao-moi", ["Thông báo mới", "name=\"csrf\"", "Phát ngay", "Bản tin chiều"]),
  ]

  @Test(arguments: pages.map(\.path))
  func pageLoads(path: String) async throws {
    let expected = Self.pages.first { $0.path == path }!.expected
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: path, method: .get) { response in
        #expect(response.status == .ok, "\(path): \(response.text.prefix(400))")
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
        #expect(response.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        let html = response.text
        #expect(html.contains("<html lang=\"vi\">"))
        #expect(html.contains("name=\"viewport\""))
        #expect(html.contains("<nav"))
        #expect(!html.contains("<script"), "no script in \(path)")
        for text in expected { #expect(html.contains(text), "\(path) shows \(text)") }
      }
    }
  }

  @Test func planPageMarksEstimatesAndShowsExactRenderedLengths() async throws {
    let app = try fixture.application()
    try await app.test(.router) { client in
      // Rendered days have exact lengths; later days are estimated (~).
      try await client.execute(uri: "/lich-phat?tu=2026-12-03&ngay=1", method: .get) { response in
        #expect(response.text.contains(">~"))
        #expect(response.text.contains("Chưa tạo âm thanh"))
      }
      try await client.execute(uri: "/lich-phat?tu=2026-11-30&ngay=1", method: .get) { response in
        #expect(response.text.contains("src=\"/audio/2026-11-30/0600-sang.wav\""))
      }
    }
  }

  @Test func badQueryIsAVietnameseBadRequest() async throws {
    let app = try fixture.application()
    try await app.test(.router) { client in
      for uri in [
        "/lich-phat?tu=hom-qua", "/lich-phat?ngay=0", "/bao-cao?thang=2026-13", "/nhat-ky?ngay=x",
      ] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .badRequest, "\(uri)")
          #expect(response.text.contains("Yêu cầu không hợp lệ"), "\(uri)")
        }
      }
    }
  }

  @Test func unknownPageIsAVietnamese404() async throws {
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/khong-co", method: .get) { response in
        #expect(response.status == .notFound)
        #expect(response.text.contains("Không tìm thấy"))
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
      }
    }
  }

  @Test func stylesheetAndIconAreServed() async throws {
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/static/loa.css", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/css; charset=utf-8")
        #expect(response.text.contains("@media print"))
      }
      try await client.execute(uri: "/favicon.ico", method: .get) { response in
        #expect(response.headers[.contentType] == "image/svg+xml")
      }
    }
  }

  @Test func homeShowsOnAirFromTheAiringsLog() async throws {
    let fixture = try WebFixture()
    try FileManager.default.createDirectory(at: fixture.out, withIntermediateDirectories: true)
    try fixture.logAirings([
      Airing(
        date: "2026-11-30", slot: "sang", kind: .program, file: "0600-sang.wav", sha256: "ab",
        scheduledAt: "2026-11-30T06:00:00+07:00", startedAt: "2026-11-30T05:29:00+07:00",
        status: .onAir, output: "none")
    ])
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.text.contains("Đang phát:"))
      }
      try await client.execute(uri: "/nhat-ky?ngay=2026-11-30", method: .get) { response in
        #expect(response.text.contains("0600-sang.wav"))
        #expect(response.text.contains("đang phát"))
      }
    }
  }
}
