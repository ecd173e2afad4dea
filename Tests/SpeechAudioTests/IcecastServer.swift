import Foundation
import LoaTestSupport

/// A private Icecast 2 server on 127.0.0.1 and a free port, with one UTF-8 mount, its logs and
/// pid file in a temporary folder. As root (CI) it drops to the Debian package's `icecast2`
/// user, since Icecast refuses to run as root.
final class IcecastServer: @unchecked Sendable {
  let port: Int
  let mount = "/loa"
  let password = "mat-khau-thu"
  let folder: TemporaryFolder
  private let server: TestServer

  /// Starts the server and waits (up to 10 s) until it answers HTTP.
  init() throws {
    folder = try TemporaryFolder("loa-icecast")
    port = TestServer.freePort()
    let owner =
      getuid() == 0
      ? "<changeowner><user>icecast2</user><group>icecast</group></changeowner>" : ""
    let config = folder.file("icecast.xml")
    try """
    <icecast>
      <location>Loa test</location><admin>loa@localhost</admin>
      <limits>
        <clients>10</clients><sources>4</sources><queue-size>524288</queue-size>
        <client-timeout>30</client-timeout><header-timeout>5</header-timeout>
        <source-timeout>5</source-timeout><burst-on-connect>0</burst-on-connect>
      </limits>
      <authentication>
        <source-password>\(password)</source-password><admin-user>admin</admin-user>
        <admin-password>\(password)-admin</admin-password>
      </authentication>
      <hostname>127.0.0.1</hostname>
      <listen-socket><port>\(port)</port><bind-address>127.0.0.1</bind-address></listen-socket>
      <mount type="normal"><mount-name>\(mount)</mount-name><charset>UTF-8</charset></mount>
      <fileserve>1</fileserve>
      <paths>
        <basedir>/usr/share/icecast2</basedir><logdir>\(folder.url.path)</logdir>
        <webroot>/usr/share/icecast2/web</webroot><adminroot>/usr/share/icecast2/admin</adminroot>
        <pidfile>\(folder.url.path)/icecast.pid</pidfile>
      </paths>
      <logging>
        <accesslog>access.log</accesslog><errorlog>error.log</errorlog><loglevel>3</loglevel>
      </logging>
      <security><chroot>0</chroot>\(owner)</security>
    </icecast>

    """.write(to: config, atomically: true, encoding: .utf8)
    if getuid() == 0 {
      // The dropped-privilege server writes its logs and pid here.
      _ = chmod(folder.url.path, 0o777)
    }
    server = try TestServer(
      "/usr/bin/icecast2", ["-c", config.path], log: folder.file("icecast-stdout.log"))
    let port = self.port
    guard server.wait(timeout: 10, until: { Self.get("/status-json.xsl", port: port) != nil })
    else {
      let log =
        server.log + ((try? String(contentsOf: folder.file("error.log"), encoding: .utf8)) ?? "")
      stop()
      throw ServerError.didNotStart(log)
    }
  }

  /// The source URL for the stream.
  var sourceURL: String { "icecast://source:\(password)@127.0.0.1:\(port)\(mount)" }
  /// The listener URL.
  var listenURL: String { "http://127.0.0.1:\(port)\(mount)" }

  /// The current title of the mount from `/status-json.xsl`, as UTF-8.
  func currentTitle() -> String? {
    guard let body = Self.get("/status-json.xsl", port: port),
      let json = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
      let stats = json["icestats"] as? [String: Any]
    else { return nil }
    let sources =
      (stats["source"] as? [[String: Any]]) ?? [stats["source"] as? [String: Any]].compactMap { $0 }
    return sources.first { ($0["listenurl"] as? String)?.hasSuffix(mount) == true }?["title"]
      as? String
  }

  /// Icecast's error log (for failure messages).
  var log: String {
    String(
      ((try? String(contentsOf: folder.file("error.log"), encoding: .utf8)) ?? "").suffix(2_000))
  }

  /// Kills the server at once (as a crash or a pulled network cable would end the stream).
  func crash() {
    server.stop(signal: SIGKILL, grace: 1)
  }

  /// Stops the server and removes its folder.
  func stop() {
    server.stop()
    folder.remove()
  }

  /// An HTTP/1.0 GET on 127.0.0.1 over a plain socket; the body, or nil on any failure.
  static func get(_ path: String, port: Int) -> Data? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var timeout = timeval(tv_sec: 2, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { return nil }
    let request = "GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
    _ = request.withCString { send(fd, $0, strlen($0), 0) }
    var response = Data()
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while true {
      let count = recv(fd, &buffer, buffer.count, 0)
      if count <= 0 { break }
      response.append(contentsOf: buffer[0..<count])
    }
    guard let split = response.range(of: Data("\r\n\r\n".utf8)),
      String(decoding: response[..<split.lowerBound], as: UTF8.self).contains(" 200 ")
    else { return nil }
    return response[split.upperBound...]
  }

  enum ServerError: Error {
    case didNotStart(String)
  }
}
