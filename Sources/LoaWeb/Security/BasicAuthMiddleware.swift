import Crypto
import Foundation
import Hummingbird

/// HTTP Basic authentication against the password file; a login that passed once is remembered
/// (by the SHA-256 of its header) so PBKDF2 runs once per run, not once per request.
struct BasicAuthMiddleware<Context: RequestContext>: RouterMiddleware {
  let credentials: PasswordFile
  let accepted = AcceptedLogins()

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    guard let header = request.headers[.authorization], isValid(header) else {
      var response = PageError.unauthorized.response
      response.headers[.wwwAuthenticate] = "Basic realm=\"Loa\", charset=\"UTF-8\""
      return response
    }
    return try await next(request, context)
  }

  func isValid(_ header: String) -> Bool {
    let digest = Array(SHA256.hash(data: Array(header.utf8)))
    if accepted.contains(digest) { return true }
    guard header.lowercased().hasPrefix("basic "),
      let data = Data(
        base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
      let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
    else { return false }
    let user = String(text[..<colon])
    let password = String(text[text.index(after: colon)...])
    guard credentials.matches(user: user, password: password) else { return false }
    accepted.insert(digest)
    return true
  }
}

/// The SHA-256 digests of Authorization headers that were checked and found valid.
final class AcceptedLogins: @unchecked Sendable {
  private let lock = NSLock()
  private var digests: [[UInt8]] = []

  func contains(_ digest: [UInt8]) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    var found = false
    for known in digests where ConstantTime.equal(known, digest) { found = true }
    return found
  }

  func insert(_ digest: [UInt8]) {
    lock.lock()
    if digests.count < 64 { digests.append(digest) }
    lock.unlock()
  }
}
