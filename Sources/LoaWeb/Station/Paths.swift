import Foundation

/// URL path pieces: percent-encoding for links, and the checks that keep a URL from naming a
/// file outside the lists the pages serve from.
enum Paths {
  private static let allowed: CharacterSet = {
    var set = CharacterSet.alphanumerics
    set.insert(charactersIn: "-._~")
    return set
  }()

  /// Each `/`-separated component percent-encoded.
  static func encode(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).map {
      String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }.joined(separator: "/")
  }

  /// A decoded relative path, or `nil` when it is empty, absolute, has `.`/`..` components
  /// (also percent-encoded), a backslash, a NUL or an empty component.
  static func safeRelative(_ raw: String) -> String? {
    guard let decoded = raw.removingPercentEncoding, !decoded.isEmpty,
      !decoded.hasPrefix("/"), !decoded.contains("\\"), !decoded.contains("\0")
    else { return nil }
    // Twice-encoded dots (`%252e%252e`) must not slip through either.
    if let twice = decoded.removingPercentEncoding, twice != decoded,
      twice.split(separator: "/").contains(where: { $0 == ".." || $0 == "." })
    {
      return nil
    }
    let parts = decoded.split(separator: "/", omittingEmptySubsequences: false)
    guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
    return decoded
  }

  /// Whether `file` (symlinks resolved) lies inside `folder` (symlinks resolved).
  static func isInside(_ file: URL, folder: URL) -> Bool {
    let real = file.resolvingSymlinksInPath().standardizedFileURL.path
    let base = folder.resolvingSymlinksInPath().standardizedFileURL.path
    return real.hasPrefix(base.hasSuffix("/") ? base : base + "/")
  }
}
