/// One program as it was produced for the loudspeakers: a row of the as-run log.
public struct AsRunProgram: Sendable, Hashable, Codable {
  /// Broadcast date, `YYYY-MM-DD`.
  public var date: String
  /// Slot id (`sang`).
  public var slot: String
  /// Slot display name (`Bản tin sáng`).
  public var slotName: String
  /// Start time `HH:MM` (Asia/Ho_Chi_Minh).
  public var start: String
  /// The absolute start instant, ISO 8601 with `+07:00`.
  public var scheduledAt: String
  /// Audio file, relative to the output folder (`2026-12-01/0600-sang.wav`).
  public var file: String
  /// Length in seconds.
  public var seconds: Double
  /// SHA-256 of the audio file.
  public var sha256: String
  /// When it was produced, ISO 8601 UTC.
  public var producedAt: String
  /// The items, in broadcast order.
  public var items: [AsRunItem]

  /// Creates a program row.
  public init(
    date: String, slot: String, slotName: String, start: String, scheduledAt: String,
    file: String, seconds: Double,
    sha256: String, producedAt: String, items: [AsRunItem]
  ) {
    self.date = date
    self.slot = slot
    self.slotName = slotName
    self.start = start
    self.scheduledAt = scheduledAt
    self.file = file
    self.seconds = seconds
    self.sha256 = sha256
    self.producedAt = producedAt
    self.items = items
  }
}
