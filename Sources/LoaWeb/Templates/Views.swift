import Hummingbird
import Mustache

/// Renders pages: a page template into the shared layout, with HTML escaping of every value.
struct Views: Sendable {
  private let library: MustacheLibrary

  /// The navigation, in order: path and Vietnamese label.
  static let navigation: [(path: String, label: String)] = [
    ("/", "Trang chủ"), ("/lich-phat", "Lịch phát"), ("/kiem-tra", "Kiểm tra"),
    ("/ban-tin", "Bản tin"), ("/bao-cao", "Báo cáo"), ("/nhat-ky", "Nhật ký phát"),
    ("/thong-bao-moi", "Thông báo mới"),
  ]

  init() {
    var library = MustacheLibrary()
    let templates: [String: String] = [
      "layout": LayoutTemplates.layout, "error": LayoutTemplates.error,
      "home": PageTemplates.home, "plan": PageTemplates.plan, "check": PageTemplates.check,
      "log": PageTemplates.log, "scripts": ScriptTemplates.list, "script": ScriptTemplates.detail,
      "announce": ScriptTemplates.announce, "report": ReportTemplate.page,
    ]
    for (name, text) in templates {
      // The templates are constants of this module; a syntax error is a programming error.
      try! library.register(text, named: name)
    }
    self.library = library
  }

  /// The whole HTML document of a page.
  func document(
    _ template: String, title: String, station: String, current: String,
    _ data: [String: Any], bodyClass: String = ""
  ) -> String {
    let body = library.render(data, withTemplate: template) ?? ""
    let nav: [[String: Any]] = Self.navigation.map {
      ["href": $0.path, "label": $0.label, "current": $0.path == current]
    }
    let frame: [String: Any] = [
      "title": title, "station": station, "nav": nav, "body": body, "bodyClass": bodyClass,
    ]
    return library.render(frame, withTemplate: "layout") ?? ""
  }

  /// An HTML response.
  func response(
    _ template: String, title: String, station: String, current: String,
    _ data: [String: Any], status: HTTPResponse.Status = .ok
  ) -> Response {
    let html = document(template, title: title, station: station, current: current, data)
    return Self.html(html, status: status)
  }

  /// An HTML error page (no station data needed).
  func errorPage(status: HTTPResponse.Status, heading: String, message: String) -> Response {
    let html = document(
      "error", title: heading, station: "Đài truyền thanh", current: "",
      ["heading": heading, "message": message])
    return Self.html(html, status: status)
  }

  static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status,
      headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
