import BroadcastPlan
import Foundation

/// One emergency announcement waiting in `out/.air/queue/`: `ID.wav` and, written last,
/// `ID.json` with these fields.
public struct EmergencyItem: Sendable, Hashable, Codable {
  /// The item's id (also its file names).
  public var id: String
  /// A short title for logs (the first words of the text).
  public var title: String
  /// When it was queued, ISO 8601.
  public var createdAt: String
  /// After this instant it is no longer aired (30 minutes after queueing).
  public var expiresAt: String
  /// Length in seconds.
  public var seconds: Double
  /// SHA-256 of the audio.
  public var sha256: String

  /// An item.
  public init(
    id: String, title: String, createdAt: String, expiresAt: String, seconds: Double,
    sha256: String
  ) {
    self.id = id
    self.title = title
    self.createdAt = createdAt
    self.expiresAt = expiresAt
    self.seconds = seconds
    self.sha256 = sha256
  }

  enum CodingKeys: String, CodingKey {
    case id, title, seconds, sha256
    case createdAt = "created_at"
    case expiresAt = "expires_at"
  }

  /// Whether the item may still air at `now`.
  public func isValid(at now: StationInstant) -> Bool {
    guard let expiry = StationInstant.parse(expiresAt) else { return false }
    return now <= expiry
  }
}
