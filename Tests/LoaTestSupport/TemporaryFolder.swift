import Foundation

/// A fresh folder under the system temporary directory, removed by ``remove()``.
public struct TemporaryFolder: Sendable {
  /// The folder.
  public let url: URL

  /// Creates the folder.
  public init(_ label: String = "loa-test") throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// A file URL inside the folder.
  public func file(_ name: String) -> URL {
    url.appendingPathComponent(name)
  }

  /// The names of the files in the folder, hidden ones included, sorted.
  public func contents() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
  }

  /// Removes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
