/// The periodic report, built from the database: what really went on air when the station
/// airs with `loa air`, or only what was produced when it airs with another system.
///
/// No figure claims an airing nothing confirmed: with ``Basis/airings`` the counts come from the
/// `airing` rows (aired = `aired` + `late`); with ``Basis/production`` the report only says
/// files were produced for broadcast. Programs dated after `today` count as scheduled.
public struct BroadcastReport: Sendable, Hashable, Codable {
  /// What the counts rest on.
  public enum Basis: String, Sendable, Hashable, Codable {
    /// The as-run log of `loa air`: airings confirmed by the player.
    case airings
    /// Files produced for broadcast (another system airs them, or nothing logged airings).
    case production
  }

  /// A produced program of a past day that did not air whole.
  public struct NotAired: Sendable, Hashable, Codable {
    /// Date `YYYY-MM-DD`.
    public var date: String
    /// Slot id.
    public var slot: String
    /// The file produced.
    public var file: String
    /// `missed`, `interrupted`, `failed`, or `not_aired` (no airing at all).
    public var status: String
    /// Seconds that went out before it stopped.
    public var playedSeconds: Double

    enum CodingKeys: String, CodingKey {
      case date, slot, file, status
      case playedSeconds = "played_seconds"
    }
  }

  /// Counts of airings by outcome (``Basis/airings`` only; zero otherwise).
  public struct Outcomes: Sendable, Hashable, Codable {
    /// Programs played whole (on time or late).
    public var aired = 0
    /// Of which started late within the grace.
    public var late = 0
    /// Programs stopped before their end and not aired whole afterwards.
    public var interrupted = 0
    /// Programs whose start passed beyond the grace.
    public var missed = 0
    /// Programs that could not be played.
    public var failed = 0
    /// Produced programs of past days with no airing at all.
    public var notAired = 0

    enum CodingKeys: String, CodingKey {
      case aired, late, interrupted, missed, failed
      case notAired = "not_aired"
    }
  }
  /// Per campaign (topic) totals.
  public struct Campaign: Sendable, Hashable, Codable {
    /// Campaign id.
    public var id: String
    /// Campaign title.
    public var title: String
    /// Number of times one of its bulletins was broadcast.
    public var airings: Int
    /// Number of different bulletins broadcast.
    public var distinctScripts: Int
    /// Total seconds of its bulletins.
    public var seconds: Double

    enum CodingKeys: String, CodingKey {
      case id, title, airings, seconds
      case distinctScripts = "distinct_scripts"
    }
  }

  /// Per slot totals.
  public struct Slot: Sendable, Hashable, Codable {
    /// Slot id.
    public var id: String
    /// Slot display name.
    public var name: String
    /// Number of programs.
    public var programs: Int
    /// Total seconds.
    public var seconds: Double
  }

  /// One emergency announcement.
  public struct Emergency: Sendable, Hashable, Codable {
    /// Date `YYYY-MM-DD`.
    public var date: String
    /// Slot id.
    public var slot: String
    /// Start time `HH:MM:SS`.
    public var start: String
    /// Title.
    public var title: String
    /// Script path.
    public var script: String?
    /// Whether it was already broadcast (false: still scheduled).
    public var aired: Bool
  }

  /// First date, `YYYY-MM-DD`.
  public var from: String
  /// Last date, `YYYY-MM-DD`.
  public var to: String
  /// Number of programs in the period.
  public var programs: Int
  /// Of which dated after today (scheduled, not yet aired).
  public var scheduledPrograms: Int
  /// Total seconds of all programs.
  public var seconds: Double
  /// Number of days with at least one program.
  public var broadcastDays: Int
  /// Per campaign, in first-aired order.
  public var campaigns: [Campaign]
  /// Per slot, in first-aired order.
  public var slots: [Slot]
  /// Emergency announcements, in time order.
  public var emergencies: [Emergency]
  /// What the counts rest on.
  public var basis: Basis
  /// Airings by outcome.
  public var outcomes: Outcomes
  /// Produced programs of past days that did not air whole.
  public var notAired: [NotAired]

  enum CodingKeys: String, CodingKey {
    case from, to, programs, seconds, campaigns, slots, emergencies, basis, outcomes
    case scheduledPrograms = "scheduled_programs"
    case broadcastDays = "broadcast_days"
    case notAired = "not_aired"
  }

  /// Builds the report for `from...to`. With `airings` (the station airs with `loa air`) the
  /// counts are those of confirmed airings; with `nil` only production is reported. `today`
  /// separates past days from scheduled ones.
  public init(
    from: String, to: String, today: String, programs log: [AsRunProgram],
    airings: [Airing]? = nil
  ) {
    let inRange = log.filter { $0.date >= from && $0.date <= to }
    self.from = from
    self.to = to
    scheduledPrograms = inRange.filter { $0.date > today }.count
    basis = airings == nil ? .production : .airings
    outcomes = Outcomes()
    notAired = []
    emergencies = []
    var counted = inRange
    if let airings {
      let played = airings.filter { $0.date >= from && $0.date <= to }
      counted = Self.tally(inRange, played, today: today, into: &outcomes, notAired: &notAired)
      emergencies = played.filter { $0.kind == .emergency }.map {
        Emergency(
          date: $0.date, slot: $0.slot,
          start: String(($0.startedAt ?? $0.scheduledAt).dropFirst(11).prefix(8)),
          title: $0.note, script: nil, aired: $0.isAired)
      }
    }
    programs = counted.count
    seconds = counted.reduce(0) { $0 + $1.seconds }
    broadcastDays = Set(counted.map(\.date)).count
    campaigns = Self.campaigns(in: counted)
    slots = Self.slots(in: counted)
    let confirmed = basis == .airings
    emergencies += counted.flatMap { program in
      program.items.filter { $0.priority == "emergency" }.map {
        Emergency(
          date: program.date, slot: program.slot, start: $0.start, title: $0.title,
          script: $0.script, aired: confirmed && program.date <= today)
      }
    }
    emergencies.sort { ($0.date, $0.start) < ($1.date, $1.start) }
  }

  /// Sorts the produced programs of past days by their airings; returns those aired whole.
  private static func tally(
    _ produced: [AsRunProgram], _ airings: [Airing], today: String, into outcomes: inout Outcomes,
    notAired: inout [NotAired]
  ) -> [AsRunProgram] {
    var aired: [AsRunProgram] = []
    for program in produced where program.date <= today {
      let history = airings.filter {
        $0.kind == .program && $0.date == program.date && $0.slot == program.slot
      }
      if let whole = history.first(where: \.isAired) {
        outcomes.aired += 1
        if whole.status == .late { outcomes.late += 1 }
        aired.append(program)
        continue
      }
      if history.contains(where: { $0.status == .onAir }) { continue }
      let last = history.last
      let status = last?.status.rawValue ?? "not_aired"
      switch last?.status {
      case .missed: outcomes.missed += 1
      case .interrupted: outcomes.interrupted += 1
      case .failed: outcomes.failed += 1
      default: outcomes.notAired += 1
      }
      notAired.append(
        NotAired(
          date: program.date, slot: program.slot, file: program.file, status: status,
          playedSeconds: last?.playedSeconds ?? 0))
    }
    return aired + produced.filter { $0.date > today }
  }

  private static func campaigns(in programs: [AsRunProgram]) -> [Campaign] {
    var order: [String] = []
    var totals: [String: (campaign: Campaign, scripts: Set<String>)] = [:]
    for item in programs.flatMap(\.items) {
      guard let id = item.campaign else { continue }
      if totals[id] == nil {
        order.append(id)
        let title = item.campaignTitle ?? id
        totals[id] = (
          Campaign(id: id, title: title, airings: 0, distinctScripts: 0, seconds: 0), []
        )
      }
      totals[id]!.campaign.airings += 1
      totals[id]!.campaign.seconds += item.seconds
      if let script = item.script { totals[id]!.scripts.insert(script) }
    }
    return order.map { id in
      var campaign = totals[id]!.campaign
      campaign.distinctScripts = totals[id]!.scripts.count
      return campaign
    }
  }

  private static func slots(in programs: [AsRunProgram]) -> [Slot] {
    var order: [String] = []
    var totals: [String: Slot] = [:]
    for program in programs {
      if totals[program.slot] == nil {
        order.append(program.slot)
        totals[program.slot] = Slot(
          id: program.slot, name: program.slotName, programs: 0, seconds: 0)
      }
      totals[program.slot]!.programs += 1
      totals[program.slot]!.seconds += program.seconds
    }
    return order.map { totals[$0]! }
  }
}
