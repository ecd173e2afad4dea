/// The state carried from day to day while planning: how often each script has aired, and
/// the duration of every text measured so far.
struct PlanningState {
  let schedule: Schedule
  let campaignScripts: [[Script]]
  let builder: ProgramBuilder
  /// `airCounts[c][s]`: times script `s` of campaign `c` has aired so far.
  var airCounts: [[Int]]
  /// `nameRanks[c][s]`: the position of script `s` of campaign `c` in file-name order.
  let nameRanks: [[Int]]
  /// `validities[c][s]`: the dates script `s` of campaign `c` may air (`nil`: always).
  let validities: [[ClosedRange<CalendarDay>?]]
  /// Bulletin items already built (text and duration never change during a plan).
  var bulletins: [[PlanItem?]]

  init(
    schedule: Schedule, scripts: ScriptLibrary, timing: ProgramTiming,
    known: [String: (seconds: Double, exact: Bool)] = [:]
  ) {
    self.schedule = schedule
    campaignScripts = schedule.campaigns.map { scripts.scripts(ofCampaign: $0.id) }
    airCounts = campaignScripts.map { Array(repeating: 0, count: $0.count) }
    bulletins = campaignScripts.map { Array(repeating: nil, count: $0.count) }
    validities = campaignScripts.map { $0.map(\.validity) }
    nameRanks = campaignScripts.map { scripts in
      let order = scripts.indices.sorted {
        (scripts[$0].fileName, $0) < (scripts[$1].fileName, $1)
      }
      var ranks = Array(repeating: 0, count: scripts.count)
      for (rank, index) in order.enumerated() { ranks[index] = rank }
      return ranks
    }
    builder = ProgramBuilder(schedule: schedule, scripts: scripts, timing: timing, known: known)
  }

  /// Plans one broadcast day (not an off day) and records what aired.
  mutating func planDay(_ day: CalendarDay) -> (programs: [Program], idle: [IdleSlot]) {
    let slots = schedule.slots.filter { $0.airs(on: day) }.sorted { $0.at < $1.at }
    guard !slots.isEmpty else { return ([], []) }
    var due: [[Candidate]] = Array(repeating: [], count: slots.count)
    for announcement in schedule.announcements where announcement.date == day {
      guard let index = slots.firstIndex(where: { $0.id == announcement.slotID }),
        let candidate = builder.candidate(for: announcement)
      else { continue }
      due[index].append(candidate)
    }
    for (c, campaign) in schedule.campaigns.enumerated() where campaign.isActive(on: day) {
      let indices = slots.indices.filter { campaign.uses(slots[$0]) }
      guard !indices.isEmpty else { continue }
      let picks = pick(campaign: c, count: campaign.perDay, on: day)
      for (n, s) in picks.enumerated() {
        due[indices[n % indices.count]].append(bulletin(campaign: c, script: s))
      }
    }
    var programs: [Program] = []
    var idle: [IdleSlot] = []
    for (index, slot) in slots.enumerated() {
      switch builder.build(day: day, slot: slot, due: due[index]) {
      case .program(let program, let aired):
        programs.append(program)
        for candidate in aired { record(candidate) }
      case .idle(let idleSlot):
        idle.append(idleSlot)
      }
    }
    return (programs, idle)
  }

  /// The scripts of campaign `c` to air on `day`: least aired first, ties by file name; no
  /// script twice unless the campaign has fewer valid scripts than `count`.
  func pick(campaign c: Int, count: Int, on day: CalendarDay) -> [Int] {
    let valid = validities[c]
    let eligible = valid.indices.filter { valid[$0]?.contains(day) ?? true }
    guard !eligible.isEmpty else { return [] }
    let counts = airCounts[c]
    let ranks = nameRanks[c]
    func before(_ lhs: Int, _ rhs: Int) -> Bool {
      counts[lhs] != counts[rhs] ? counts[lhs] < counts[rhs] : ranks[lhs] < ranks[rhs]
    }
    // Partial selection: the `count` least-aired scripts, O(scripts × count).
    var chosen: [Int] = []
    var taken = Array(repeating: false, count: eligible.count)
    for _ in 0..<min(count, eligible.count) {
      var best = -1
      for position in eligible.indices where !taken[position] {
        if best < 0 || before(eligible[position], eligible[best]) { best = position }
      }
      taken[best] = true
      chosen.append(eligible[best])
    }
    return (0..<count).map { chosen[$0 % chosen.count] }
  }

  /// The bulletin for script `s` of campaign `c`, built once per plan.
  mutating func bulletin(campaign c: Int, script s: Int) -> Candidate {
    if let item = bulletins[c][s] { return Candidate(item: item, campaignIndex: c, scriptIndex: s) }
    let candidate = builder.candidate(
      for: campaignScripts[c][s], campaign: schedule.campaigns[c], index: c, scriptIndex: s)
    bulletins[c][s] = candidate.item
    return candidate
  }

  mutating func record(_ candidate: Candidate) {
    guard let c = candidate.campaignIndex, let s = candidate.scriptIndex else { return }
    airCounts[c][s] += 1
  }
}
