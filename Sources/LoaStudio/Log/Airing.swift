/// One airing: a program (or an emergency item) as it really went on air, a row of the
/// `airing` table that `loa air` writes and `loa status`, `loa report` and the page read.
public struct Airing: Sendable, Hashable, Codable {
  /// What aired.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A scheduled program.
    case program
    /// An emergency announcement (`loa emergency`).
    case emergency
  }

  /// How it went.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Playing now (a row left in this state by a crash is closed as `interrupted` on restart).
    case onAir = "on_air"
    /// Played whole, on time.
    case aired
    /// Played whole, started late within the grace.
    case late
    /// Stopped before its end (an emergency, a shutdown, a crash).
    case interrupted
    /// Not played: its start passed beyond the grace.
    case missed
    /// Not played or stopped: the output failed, or the file was missing or altered.
    case failed
  }

  /// The row id (0 before it is written).
  public var id: Int64
  /// Broadcast date `YYYY-MM-DD`.
  public var date: String
  /// Slot id (for an emergency: `khan`).
  public var slot: String
  /// Program or emergency.
  public var kind: Kind
  /// The file played, relative to the output folder.
  public var file: String
  /// SHA-256 of the file played.
  public var sha256: String
  /// When it was due, ISO 8601 with `+07:00`.
  public var scheduledAt: String
  /// When it started, if it did.
  public var startedAt: String?
  /// When it ended, if it has.
  public var endedAt: String?
  /// Seconds of audio that went out (never more than can be proven after a crash).
  public var playedSeconds: Double
  /// How it went.
  public var status: Status
  /// Where it went (`alsa:default`, `none`, `record:…`, `icecast://…`), comma-separated.
  public var output: String
  /// A note: the delay of a late start, why it failed, a stream that was unreachable.
  public var note: String

  /// Creates an airing.
  public init(
    id: Int64 = 0, date: String, slot: String, kind: Kind, file: String, sha256: String,
    scheduledAt: String, startedAt: String? = nil, endedAt: String? = nil,
    playedSeconds: Double = 0, status: Status, output: String = "", note: String = ""
  ) {
    self.id = id
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

  /// Whether this airing counts as the program having been on air whole.
  public var isAired: Bool { status == .aired || status == .late }
}
