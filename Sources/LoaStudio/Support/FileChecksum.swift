import Foundation

/// SHA-256 of files, for the layers above (the player checks a program against its manifest
/// before airing it).
public enum FileChecksum {
  /// The lowercase hex SHA-256 of the file at `url`.
  public static func sha256(of url: URL) throws -> String {
    try SHA256.hex(ofFile: url)
  }
}
