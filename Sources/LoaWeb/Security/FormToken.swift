import BroadcastPlan
import Crypto

/// The CSRF token every form carries: `UNIX.HMAC` signed with the run's form key, valid 12 hours.
///
/// A page on another site cannot read it (same-origin policy), so it cannot forge a POST.
struct FormToken: Sendable {
  private let keyBytes: [UInt8]
  static let lifetime: Double = 12 * 3600

  init(key: [UInt8]) { keyBytes = key }

  private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

  /// A fresh token.
  func issue(now: StationInstant) -> String {
    let stamp = String(Int(now.unixSeconds))
    return stamp + "." + Hex.encode(mac(stamp))
  }

  /// Whether `token` was issued by this key and is still valid.
  func verify(_ token: String?, now: StationInstant) -> Bool {
    guard let token, let dot = token.firstIndex(of: ".") else { return false }
    let stamp = String(token[..<dot])
    guard let issued = Double(stamp),
      let code = Hex.decode(String(token[token.index(after: dot)...]))
    else { return false }
    let age = now.unixSeconds - issued
    guard age >= -60, age <= Self.lifetime else { return false }
    return HMAC<SHA256>.isValidAuthenticationCode(
      code, authenticating: Array(("loa-form|" + stamp).utf8), using: key)
  }

  private func mac(_ stamp: String) -> [UInt8] {
    Array(HMAC<SHA256>.authenticationCode(for: Array(("loa-form|" + stamp).utf8), using: key))
  }
}
