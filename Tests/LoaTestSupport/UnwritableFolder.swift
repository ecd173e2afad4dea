import Foundation

/// A folder in which no file can be created, even by root (tests often run as root in CI).
///
/// As an ordinary user: a fresh temporary folder with mode 0555. As root, permissions do not
/// apply, so it is `/sys`, where the kernel refuses new files.
public struct UnwritableFolder: Sendable {
  /// The folder.
  public let url: URL
  private let owned: Bool

  /// Creates (or picks) the folder.
  public init() throws {
    if getuid() == 0 {
      url = URL(fileURLWithPath: "/sys", isDirectory: true)
      owned = false
    } else {
      let folder = try TemporaryFolder("loa-locked")
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
      url = folder.url
      owned = true
    }
  }

  /// Whether the folder has no Loa files in it (`/sys` is never empty, so only Loa's names count).
  public var isEmpty: Bool {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return !names.contains { $0.hasSuffix(".wav") || $0.contains(".loa-") }
  }

  /// Restores permissions and removes the folder (if it was created).
  public func remove() {
    guard owned else { return }
    try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    try? FileManager.default.removeItem(at: url)
  }
}
