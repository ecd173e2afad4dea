/// Lexical path arithmetic for script references (no file-system access, no symlink resolution).
enum PathResolver {
  /// `base` directory joined with `relative`, with `.` and `..` folded away.
  ///
  /// `join("schedules", "../scripts/a.txt")` is `scripts/a.txt`.
  static func join(_ base: String, _ relative: String) -> String {
    if relative.hasPrefix("/") { return normalize(relative) }
    if base.isEmpty || base == "." { return normalize(relative) }
    return normalize(base + "/" + relative)
  }

  /// Folds `.` and `..` components; keeps leading `..` of relative paths.
  static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == "..", absolute {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    if absolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }

  /// The directory part of a path (`.` for a bare file name).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let dir = String(path[..<slash])
    return dir.isEmpty ? "/" : dir
  }
}
