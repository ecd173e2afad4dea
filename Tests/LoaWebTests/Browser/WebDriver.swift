import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A tiny W3C WebDriver client for `chromedriver` (Debian's `chromium-driver`), over HTTP
/// (HummingbirdTesting's NIO client: Foundation's URLSession can stall inside the test runner).
struct WebDriver {
  let port: Int
  var session = ""

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Starts a headless Chromium session that records the browser console.
  static func start(port: Int) async throws -> WebDriver {
    var driver = WebDriver(port: port)
    let capabilities: [String: Any] = [
      "capabilities": [
        "alwaysMatch": [
          "browserName": "chrome",
          "goog:chromeOptions": [
            "binary": "/usr/bin/chromium",
            "args": [
              "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1280,1800", "--hide-scrollbars", "--lang=vi",
            ],
          ],
          "goog:loggingPrefs": ["browser": "ALL"],
        ] as [String: Any]
      ]
    ]
    let answer = try await driver.call("POST", "/session", capabilities)
    guard let value = answer["value"] as? [String: Any], let id = value["sessionId"] as? String
    else { throw Failure(description: "no WebDriver session: \(answer)") }
    driver.session = id
    return driver
  }

  func open(_ url: String) async throws { _ = try await command("POST", "/url", ["url": url]) }

  func source() async throws -> String { try await command("GET", "/source") as? String ?? "" }

  func currentURL() async throws -> String { try await command("GET", "/url") as? String ?? "" }

  /// Runs JavaScript in the page (WebDriver's own channel, not subject to the page's CSP).
  func script(_ body: String, _ arguments: [Any] = []) async throws -> Any? {
    try await command("POST", "/execute/sync", ["script": body, "args": arguments])
  }

  func element(_ css: String) async throws -> String {
    let value = try await command("POST", "/element", ["using": "css selector", "value": css])
    guard let object = value as? [String: Any], let id = object.values.first as? String else {
      throw Failure(description: "no element \(css)")
    }
    return id
  }

  func click(_ css: String) async throws {
    let id = try await element(css)
    _ = try await command("POST", "/element/\(id)/click", [:])
  }

  func type(_ css: String, _ text: String) async throws {
    let id = try await element(css)
    _ = try await command("POST", "/element/\(id)/clear", [:])
    _ = try await command("POST", "/element/\(id)/value", ["text": text])
  }

  /// The console entries since the last call (`level`, `message`).
  func consoleEntries() async throws -> [(level: String, message: String)] {
    let value = try await command("POST", "/se/log", ["type": "browser"])
    return (value as? [[String: Any]] ?? []).map {
      ($0["level"] as? String ?? "", $0["message"] as? String ?? "")
    }
  }

  /// A PNG of the viewport.
  func screenshot() async throws -> Data {
    guard let text = try await command("GET", "/screenshot") as? String,
      let data = Data(base64Encoded: text)
    else { throw Failure(description: "no screenshot") }
    return data
  }

  func quit() async { _ = try? await call("DELETE", "/session/\(session)", nil) }

  private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil)
    async throws -> Any?
  {
    let answer = try await call(method, "/session/\(session)" + path, body)
    if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
      throw Failure(description: "\(path): \(error) \(value["message"] ?? "")")
    }
    return answer["value"]
  }

  private func call(_ method: String, _ path: String, _ body: [String: Any]?) async throws
    -> [String: Any]
  {
    let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
    let answer = try await HTTP.fetch(
      port: port, path: path, method: HTTPRequest.Method(method)!,
      headers: data == nil ? [:] : [.contentType: "application/json"], body: data)
    return (try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any]) ?? [:]
  }
}

/// One HTTP/1.1 request to a loopback port.
enum HTTP {
  static func fetch(
    port: Int, path: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:],
    body: Data? = nil
  ) async throws -> (status: Int, headers: HTTPFields, body: Data) {
    let request = TestClient.Request(
      path, method: method, authority: "127.0.0.1:\(port)", headers: headers,
      body: body.map { ByteBuffer(bytes: $0) })
    let response = try await TestClient.withClient(
      host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(45))
    ) { client in
      try await client.execute(request)
    }
    let bytes = response.body.map { Data($0.readableBytesView) } ?? Data()
    return (response.status.code, response.headers, bytes)
  }
}
