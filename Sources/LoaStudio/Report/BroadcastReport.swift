/// The periodic report of what went on air, built from the as-run log.
///
/// Programs dated after `today` count as scheduled, not aired.
public struct BroadcastReport: Sendable, Hashable, Codable {
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

  enum CodingKeys: String, CodingKey {
    case from, to, programs, seconds, campaigns, slots, emergencies
    case scheduledPrograms = "scheduled_programs"
    case broadcastDays = "broadcast_days"
  }

  /// Builds the report for `from...to` from as-run programs; `today` decides aired vs scheduled.
  public init(from: String, to: String, today: String, programs log: [AsRunProgram]) {
    let inRange = log.filter { $0.date >= from && $0.date <= to }
    self.from = from
    self.to = to
    programs = inRange.count
    scheduledPrograms = inRange.filter { $0.date > today }.count
    seconds = inRange.reduce(0) { $0 + $1.seconds }
    broadcastDays = Set(inRange.map(\.date)).count
    campaigns = Self.campaigns(in: inRange)
    slots = Self.slots(in: inRange)
    emergencies = inRange.flatMap { program in
      program.items.filter { $0.priority == "emergency" }.map {
        Emergency(
          date: program.date, slot: program.slot, start: $0.start, title: $0.title,
          script: $0.script, aired: program.date <= today)
      }
    }
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
