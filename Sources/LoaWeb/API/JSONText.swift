import Hummingbird

/// A small ordered JSON writer for the answers LoaWeb builds itself (`/api/check`, `/api/status`),
/// pretty-printed like `loa plan --format json`.
enum JSONText {
  indirect enum Value {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([Value])
    case object([(String, Value)])
  }

  static func string(_ text: String) -> Value { .string(text) }
  static func object(_ pairs: [(String, Value)]) -> Value { .object(pairs) }
  static func optional(_ text: String?) -> Value { text.map { .string($0) } ?? .null }

  /// The document, ending with a newline.
  static func render(_ value: Value) -> String { rendered(value, indent: 0) + "\n" }

  static func rendered(_ value: Value, indent: Int) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch value {
    case .string(let text): return quote(text)
    case .integer(let number): return String(number)
    case .number(let number):
      let rounded = (number * 10).rounded() / 10
      return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { pad + rendered($0, indent: indent + 1) }.joined(separator: ",\n")
        + "\n\(close)]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      return "{\n"
        + pairs.map { pad + quote($0.0) + ": " + rendered($0.1, indent: indent + 1) }
        .joined(separator: ",\n") + "\n\(close)}"
    }
  }

  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"  // never closes a <script> if pasted into HTML
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A JSON response.
  static func response(_ value: Value, status: HTTPResponse.Status = .ok) -> Response {
    response(text: render(value), status: status)
  }

  /// A JSON response from already-rendered text (the CLI's renderers).
  static func response(text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status,
      headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
