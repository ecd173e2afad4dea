import Crypto
import Foundation

/// The operator's login for `loa serve --password-file F`: one line `NAME:pbkdf2-sha256$N$SALT$HASH`.
///
/// `HASH` is PBKDF2-HMAC-SHA256 (RFC 8018) of the password with the random 16-byte `SALT` and `N`
/// iterations, both in hex; `loa serve --hash-password` writes such a line. The file never holds
/// the password itself; blank lines and lines starting with `#` are ignored.
public struct PasswordFile: Sendable, Equatable {
  /// The user name the browser sends.
  public var user: String
  /// PBKDF2 iterations.
  public var iterations: Int
  /// The salt.
  public var salt: [UInt8]
  /// The derived key (32 bytes).
  public var hash: [UInt8]

  /// The default iteration count (a login is checked once, then remembered for the run).
  public static let defaultIterations = 100_000

  /// Parses the text of a password file; `nil` when no line is valid.
  public init?(text: String) {
    for raw in text.split(whereSeparator: \.isNewline) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let colon = line.lastIndex(of: ":") else { continue }
      let user = String(line[..<colon])
      let fields = line[line.index(after: colon)...].split(separator: "$").map(String.init)
      guard !user.isEmpty, fields.count == 4, fields[0] == "pbkdf2-sha256",
        let iterations = Int(fields[1]), iterations > 0,
        let salt = Hex.decode(fields[2]), let hash = Hex.decode(fields[3]), hash.count == 32
      else { continue }
      self.init(user: user, iterations: iterations, salt: salt, hash: hash)
      return
    }
    return nil
  }

  /// Reads a password file.
  ///
  /// - Throws: ``WebError/invalidPasswordFile(path:)``.
  public static func load(path: String) throws -> PasswordFile {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8), let file = PasswordFile(text: text)
    else { throw WebError.invalidPasswordFile(path: path) }
    return file
  }

  /// Creates an entry from its parts.
  public init(user: String, iterations: Int, salt: [UInt8], hash: [UInt8]) {
    self.user = user
    self.iterations = iterations
    self.salt = salt
    self.hash = hash
  }

  /// Hashes a new password with a fresh random salt.
  public static func hashing(
    password: String, user: String = "loa", iterations: Int = defaultIterations
  ) throws -> PasswordFile {
    guard !password.isEmpty else { throw WebError.emptyPassword }
    let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
    let hash = pbkdf2(password: Array(password.utf8), salt: salt, iterations: iterations)
    return PasswordFile(user: user, iterations: iterations, salt: salt, hash: hash)
  }

  /// The line to store in the password file.
  public var line: String {
    "\(user):pbkdf2-sha256$\(iterations)$\(Hex.encode(salt))$\(Hex.encode(hash))"
  }

  /// Whether `user` and `password` match, compared in constant time.
  public func matches(user: String, password: String) -> Bool {
    let derived = Self.pbkdf2(password: Array(password.utf8), salt: salt, iterations: iterations)
    let passwordOK = ConstantTime.equal(derived, hash)
    let userOK = ConstantTime.equal(
      Array(SHA256.hash(data: Array(user.utf8))), Array(SHA256.hash(data: Array(self.user.utf8))))
    return passwordOK && userOK
  }

  /// PBKDF2-HMAC-SHA256 with a 32-byte output (one block).
  static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int) -> [UInt8] {
    let key = SymmetricKey(data: password)
    var block = Array(HMAC<SHA256>.authenticationCode(for: salt + [0, 0, 0, 1], using: key))
    var result = block
    for _ in 1..<max(1, iterations) {
      block = Array(HMAC<SHA256>.authenticationCode(for: block, using: key))
      for index in result.indices { result[index] ^= block[index] }
    }
    return result
  }
}
