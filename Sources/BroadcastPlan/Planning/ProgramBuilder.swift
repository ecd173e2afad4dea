/// Builds one program from the items due in a slot: texts, durations, fitting and layout.
final class ProgramBuilder {
  enum Outcome {
    case program(Program, aired: [Candidate])
    case idle(IdleSlot)
  }

  let schedule: Schedule
  let scripts: ScriptLibrary
  let timing: ProgramTiming
  let estimator: DurationEstimator
  private var cache: [String: (seconds: Double, exact: Bool)] = [:]
  private var frameMemo: (day: CalendarDay, opening: PlanItem, closing: PlanItem)?

  init(
    schedule: Schedule, scripts: ScriptLibrary, timing: ProgramTiming,
    known: [String: (seconds: Double, exact: Bool)] = [:]
  ) {
    cache = known
    self.schedule = schedule
    self.scripts = scripts
    self.timing = timing
    estimator = DurationEstimator(voice: schedule.voice, timing: timing)
  }

  /// The length of a text, measured once per plan.
  func seconds(_ text: String) -> (seconds: Double, exact: Bool) {
    if let known = cache[text] { return known }
    let measured = estimator.seconds(text)
    cache[text] = measured
    return measured
  }

  var introSeconds: Double { timing.introSeconds ?? timing.chimeSeconds }
  var outroSeconds: Double? {
    schedule.audio.outro == nil ? nil : (timing.outroSeconds ?? timing.chimeSeconds)
  }

  /// The spoken text of a script: its body, preceded by its title when titles are announced.
  func spokenText(_ script: Script) -> String { schedule.spokenText(of: script) }

  func candidate(for announcement: Announcement) -> Candidate? {
    guard let script = scripts.scripts[announcement.script.path] else { return nil }
    let text = spokenText(script)
    let measured = seconds(of: script)
    let item = PlanItem(
      kind: .announcement, title: script.title, script: script.path,
      priority: announcement.priority, text: text, seconds: measured.seconds,
      isEstimated: !measured.exact, recording: script.recording)
    return Candidate(item: item)
  }

  func candidate(for script: Script, campaign: Campaign, index: Int, scriptIndex: Int) -> Candidate
  {
    let text = spokenText(script)
    let measured = seconds(of: script)
    let item = PlanItem(
      kind: .bulletin, title: script.title, script: script.path, campaignID: campaign.id,
      campaignTitle: campaign.title, priority: campaign.priority, text: text,
      seconds: measured.seconds, isEstimated: !measured.exact, recording: script.recording)
    return Candidate(item: item, campaignIndex: index, scriptIndex: scriptIndex)
  }

  /// `{station}`, `{weekday}`, `{date}` substituted; other braces are kept as written.
  func fill(_ template: String, day: CalendarDay) -> String {
    guard template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      rest = rest[open...]
      if rest.hasPrefix("{station}") {
        result += schedule.station
        rest = rest.dropFirst(9)
      } else if rest.hasPrefix("{weekday}") {
        result += day.weekday.vietnameseName
        rest = rest.dropFirst(9)
      } else if rest.hasPrefix("{date}") {
        result += day.displayText
        rest = rest.dropFirst(6)
      } else {
        result += "{"
        rest = rest.dropFirst()
      }
    }
    return result + rest
  }

  func frame(_ kind: PlanItem.Kind, _ template: String, day: CalendarDay) -> PlanItem {
    let text = fill(template, day: day)
    // A text that changes every day is measured directly; caching it would only cost hashing.
    let measured = template.contains("{") ? estimator.seconds(text) : seconds(text)
    return PlanItem(
      kind: kind, title: kind == .opening ? "Lời chào" : "Lời kết", text: text,
      seconds: measured.seconds, isEstimated: !measured.exact)
  }

  /// The opening and closing of `day`, built once per day and shared by its slots.
  func frames(day: CalendarDay) -> (opening: PlanItem, closing: PlanItem) {
    if let memo = frameMemo, memo.day == day { return (memo.opening, memo.closing) }
    let built = (
      opening: frame(.opening, schedule.opening, day: day),
      closing: frame(.closing, schedule.closing, day: day)
    )
    frameMemo = (day, built.opening, built.closing)
    return built
  }

  /// Fits the due items into the slot (highest priority first) and lays the program out.
  func build(day: CalendarDay, slot: Slot, due: [Candidate]) -> Outcome {
    guard !due.isEmpty else {
      return .idle(IdleSlot(date: day, slot: slot, reason: "không có bản tin nào để phát"))
    }
    let ordered = due.enumerated().sorted { lhs, rhs in
      if lhs.element.item.priority != rhs.element.item.priority {
        return lhs.element.item.priority > rhs.element.item.priority
      }
      return lhs.offset < rhs.offset
    }.map(\.element)
    let gap = schedule.audio.gap
    let (opening, closing) = frames(day: day)
    var total = introSeconds + gap + opening.seconds + gap + closing.seconds
    if let outro = outroSeconds { total += gap + outro }
    let length = Double(slot.lengthSeconds)
    var kept: [Candidate] = []
    var dropped: [DroppedItem] = []
    for candidate in ordered {
      let needed = candidate.item.seconds + gap
      if total + needed <= length + 1e-9 {
        kept.append(candidate)
        total += needed
      } else {
        dropped.append(
          DroppedItem(item: candidate.item, reason: reason(needed, length - total, kept, candidate))
        )
      }
    }
    guard !kept.isEmpty else {
      return .idle(
        IdleSlot(
          date: day, slot: slot, reason: "không bản tin nào vừa thời lượng khung giờ",
          dropped: dropped))
    }
    let content = kept.map(\.item)
    let (spokenOpening, spokenClosing) = disclosed(opening, closing, content: content)
    total += spokenOpening.seconds - opening.seconds + spokenClosing.seconds - closing.seconds
    let items = layout(opening: spokenOpening, content: content, closing: spokenClosing)
    let program = Program(
      date: day, slot: slot, introSeconds: introSeconds, gapSeconds: gap,
      outroSeconds: outroSeconds, items: items, dropped: dropped, plannedSeconds: total)
    return .program(program, aired: kept)
  }

  func reason(_ needed: Double, _ left: Double, _ kept: [Candidate], _ item: Candidate) -> String {
    let base =
      "không đủ thời lượng: cần \(ValueParser.clock(needed)), chỉ còn \(ValueParser.clock(max(0, left)))"
    if let higher = kept.map(\.item.priority).max(), higher > item.item.priority {
      return base + "; nhường chỗ cho tin \(higher.displayName)"
    }
    return base
  }

  /// Start offsets: `[intro][gap][opening][gap][item]…[gap][closing]`.
  func layout(opening: PlanItem, content: [PlanItem], closing: PlanItem) -> [PlanItem] {
    let gap = schedule.audio.gap
    var offset = introSeconds + gap
    var items: [PlanItem] = []
    for var item in [opening] + content + [closing] {
      item.start = offset
      items.append(item)
      offset += item.seconds + gap
    }
    return items
  }
}
