import Foundation

/// An emergency announcement rendered for `loa air`: its file and what the queue records.
public struct EmergencyRecording: Sendable, Hashable {
  /// The audio file.
  public var url: URL
  /// Length in seconds.
  public var seconds: Double
  /// SHA-256 of the file.
  public var sha256: String
}
