/// One row of the airings log (`out/loa.sqlite`, table `airings`) that `loa air` writes.
public struct AiringRow: Sendable, Hashable {
  /// Broadcast date `YYYY-MM-DD`.
  public var date: String
  /// Slot id (or `emergency`).
  public var slot: String
  /// `program` or `emergency`.
  public var kind: String
  /// The audio file played.
  public var file: String
  /// SHA-256 of the file.
  public var sha256: String?
  /// ISO 8601 instants with offset (`2026-12-09T06:00:00+07:00`).
  public var scheduledAt: String?
  /// When it started.
  public var startedAt: String?
  /// When it ended (`nil` while on air).
  public var endedAt: String?
  /// Seconds played.
  public var playedSeconds: Double?
  /// `aired`, `late`, `missed`, `on_air`, `interrupted`…
  public var status: String
  /// The output (ALSA device, `none`, recording, stream).
  public var output: String?
  /// A free note.
  public var note: String?

  /// Creates a row.
  public init(
    date: String, slot: String, kind: String, file: String, sha256: String? = nil,
    scheduledAt: String? = nil, startedAt: String? = nil, endedAt: String? = nil,
    playedSeconds: Double? = nil, status: String, output: String? = nil, note: String? = nil
  ) {
    self.date = date
    self.slot = slot
    self.kind = kind
    self.file = file
    self.sha256 = sha256
    self.scheduledAt = scheduledAt
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.playedSeconds = playedSeconds
    self.status = status
    self.output = output
    self.note = note
  }

  /// Whether it is playing: started, not ended, not missed.
  public var isOnAir: Bool {
    startedAt != nil && endedAt == nil && status != "missed"
  }
}
