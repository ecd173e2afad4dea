import BroadcastPlan
import Hummingbird

/// JSON answers of the API: the documents the CLI prints (``BroadcastPlan/JSONValue``),
/// never cached by the browser.
enum JSONResponse {
  /// A response with `value`, pretty-printed as the CLI prints it, ending with a newline.
  static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
    make(text: value.rendered() + "\n", status: status)
  }

  /// A response from already-rendered text (the CLI's renderers).
  static func make(text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status,
      headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
