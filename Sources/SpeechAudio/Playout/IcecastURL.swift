/// Where to stream: `icecast://USER:PASSWORD@HOST:PORT/MOUNT` parsed into its parts.
///
/// `USER` defaults to `source` (Icecast's source login), `PORT` to 8000. The password may be
/// percent-encoded (`%40` for `@`), and an `@` or `:` left unencoded in it still parses: the
/// host starts after the last `@`. ``description`` never shows the password, so the value can be
/// logged.
///
/// ```swift
/// let target = try IcecastURL("icecast://source:hackme@radio.example:8000/loa")
/// target.host   // "radio.example"
/// target.mount  // "/loa"
/// "\(target)"   // "icecast://source:***@radio.example:8000/loa"
/// ```
public struct IcecastURL: Sendable, Hashable, CustomStringConvertible {
  /// The source login (usually `source`).
  public var user: String
  /// The source password.
  public var password: String
  /// The server's name or address (IPv6 without brackets).
  public var host: String
  /// The server's port.
  public var port: Int
  /// The mount point, starting with `/`.
  public var mount: String

  /// The URL without its password: `icecast://USER:***@HOST:PORT/MOUNT`.
  public var description: String { "icecast://\(user):***@\(server)\(mount)" }

  /// `HOST:PORT` (IPv6 in brackets), for messages.
  public var server: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

  /// A target from its parts.
  public init(
    user: String = "source", password: String, host: String, port: Int = 8000, mount: String
  ) {
    self.user = user
    self.password = password
    self.host = host
    self.port = port
    self.mount = mount.hasPrefix("/") ? mount : "/" + mount
  }

  /// Parses `icecast://USER:PASSWORD@HOST:PORT/MOUNT`.
  ///
  /// - Throws: ``PlayoutError/invalidStreamURL(_:reason:)`` naming what is wrong (the value in
  ///   the message has its password hidden).
  public init(_ text: String) throws {
    let scheme = "icecast://"
    guard text.lowercased().hasPrefix(scheme) else {
      throw Self.invalid(text, "phải bắt đầu bằng icecast://")
    }
    let rest = text.dropFirst(scheme.count)
    guard let at = rest.lastIndex(of: "@") else { throw Self.invalid(text, "thiếu mật khẩu") }
    let credentials = rest[..<at]
    let location = rest[rest.index(after: at)...]
    let userPart: Substring
    let passwordPart: Substring
    if let colon = credentials.firstIndex(of: ":") {
      userPart = credentials[..<colon]
      passwordPart = credentials[credentials.index(after: colon)...]
    } else {
      userPart = ""
      passwordPart = credentials
    }
    guard let password = Self.percentDecoded(passwordPart) else {
      throw Self.invalid(text, "mật khẩu có mã %XX sai")
    }
    guard !password.isEmpty else { throw Self.invalid(text, "thiếu mật khẩu") }
    guard let user = Self.percentDecoded(userPart) else {
      throw Self.invalid(text, "tên đăng nhập không hợp lệ")
    }
    let slash = location.firstIndex(of: "/") ?? location.endIndex
    let authority = location[..<slash]
    let mount = String(location[slash...])
    var host = Substring(authority)
    var portText: Substring?
    if authority.hasPrefix("[") {
      guard let close = authority.firstIndex(of: "]") else {
        throw Self.invalid(text, "địa chỉ IPv6 thiếu dấu ]")
      }
      host = authority[authority.index(after: authority.startIndex)..<close]
      let after = authority[authority.index(after: close)...]
      if after.hasPrefix(":") {
        portText = after.dropFirst()
      } else if !after.isEmpty {
        throw Self.invalid(text, "cổng không hợp lệ")
      }
    } else if let colon = authority.lastIndex(of: ":") {
      host = authority[..<colon]
      portText = authority[authority.index(after: colon)...]
    }
    guard !host.isEmpty else { throw Self.invalid(text, "thiếu tên máy chủ") }
    var port = 8000
    if let portText {
      guard let value = Int(portText), (1...65_535).contains(value) else {
        throw Self.invalid(text, "cổng '\(portText)' không hợp lệ (1–65535)")
      }
      port = value
    }
    guard mount.count > 1, !mount.contains(" ") else {
      throw Self.invalid(text, "thiếu điểm gắn (ví dụ /loa)")
    }
    self.init(
      user: user.isEmpty ? "source" : user, password: password, host: String(host), port: port,
      mount: mount)
  }

  /// The error for `text`, with any password replaced by `***`.
  private static func invalid(_ text: String, _ reason: String) -> PlayoutError {
    var shown = text
    if let at = text.lastIndex(of: "@"), let start = text.range(of: "://")?.upperBound,
      start < at
    {
      let credentials = text[start..<at]
      if let colon = credentials.firstIndex(of: ":") {
        shown = String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
      } else {
        shown = String(text[..<start]) + "***" + String(text[at...])
      }
    }
    return PlayoutError.invalidStreamURL(shown, reason: reason)
  }

  /// `%XX` sequences decoded as UTF-8; nil when malformed.
  private static func percentDecoded(_ text: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next(), let low = iterator.next(),
        let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
      else { return nil }
      bytes.append(value)
    }
    return String(validating: bytes, as: UTF8.self)
  }
}
