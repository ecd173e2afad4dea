import BroadcastPlan
import Foundation
import Hummingbird
import LoaStudio

/// The HTML pages: `/`, `/lich-phat`, `/kiem-tra`, `/ban-tin`, `/ban-tin/PATH`, `/bao-cao`,
/// `/nhat-ky`, `/thong-bao-moi`, plus the stylesheet and icon they use.
struct PageController: Sendable {
  let station: Station
  let views = Views.shared
  let tokens: FormToken

  func addRoutes(to router: Router<WebRequestContext>) {
    router.get("/") { _, _ in try home() }
    router.get("/lich-phat") { request, _ in try plan(request) }
    router.get("/kiem-tra") { _, _ in try check() }
    router.get("/ban-tin") { _, _ in try scripts() }
    router.get("/ban-tin/**") { _, context in
      try script(context.parameters.getCatchAll().joined(separator: "/"))
    }
    router.get("/bao-cao") { request, _ in try report(request) }
    router.get("/bao-cao.csv") { request, _ in try reportDownload(request, format: .csv) }
    router.get("/bao-cao.json") { request, _ in try reportDownload(request, format: .json) }
    router.get("/nhat-ky") { request, _ in try log(request) }
    router.get("/thong-bao-moi") { _, _ in try announceForm() }
    router.post("/thong-bao-moi") { request, context in
      try await announce(request, context: context)
    }
    router.get("/static/loa.css") { _, _ in
      Self.asset(LayoutTemplates.stylesheet, type: "text/css; charset=utf-8")
    }
    router.get("/favicon.ico") { _, _ in
      Self.asset(LayoutTemplates.favicon, type: "image/svg+xml")
    }
  }

  /// A page in the layout, with the station's name.
  func page(
    _ template: String, title: String, current: String, workspace: Workspace?,
    _ data: [String: Any], status: HTTPResponse.Status = .ok
  ) -> Response {
    views.response(
      template, title: title, station: station.stationName(workspace), current: current, data,
      status: status)
  }

  static func asset(_ text: String, type: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  /// "~1:23" for estimates, "1:23" for exact lengths.
  static func length(_ seconds: Double, estimated: Bool) -> String {
    (estimated ? "~" : "") + ClockText.duration(seconds)
  }

  /// "Khẩn cấp"/"Ưu tiên" for the badge; nil for normal items.
  static func priorityLabel(_ priority: Priority) -> String? {
    priority == .normal ? nil : priority.displayName
  }
}
