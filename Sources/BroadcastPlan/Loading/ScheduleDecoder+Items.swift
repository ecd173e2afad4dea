import Yams

extension ScheduleDecoder {
  func decodeSlots(_ node: Node, _ reader: inout NodeReader) -> [Slot] {
    guard let items = reader.list(node, "slots") else { return [] }
    var slots: [Slot] = []
    for item in items {
      guard
        let fields = reader.fields(
          item, of: "khung giờ", allowed: ["id", "name", "at", "days", "length"],
          required: ["id", "at", "length"])
      else { continue }
      let id = fields["id"].flatMap { reader.string($0.value, "id") }
      let at = fields["at"].flatMap { reader.time($0.value, "at") }
      let length = fields["length"].flatMap { reader.duration($0.value, "length") }
      let days = fields["days"].map { reader.days($0.value) } ?? Set(Weekday.allCases)
      let name = fields["name"].flatMap { reader.string($0.value, "name") }
      guard let id, let at, let length, let days, let idNode = fields["id"]?.value else {
        continue
      }
      if let previous = slots.first(where: { $0.id == id }) {
        let line = previous.location?.line ?? 0
        reader.error(idNode, "mã khung giờ '\(id)' bị trùng (đã có ở dòng \(line))")
        continue
      }
      slots.append(
        Slot(
          id: id, name: name ?? id, at: at, days: days, lengthSeconds: length,
          location: reader.location(idNode),
          atLocation: fields["at"].map { reader.location($0.value) }))
    }
    return slots
  }

  func decodeCampaigns(_ node: Node, _ reader: inout NodeReader) -> [Campaign] {
    guard let items = reader.list(node, "campaigns") else { return [] }
    var campaigns: [Campaign] = []
    let keys = ["id", "title", "scripts", "from", "until", "per_day", "slots", "priority"]
    for item in items {
      guard
        let fields = reader.fields(
          item, of: "chiến dịch", allowed: keys, required: ["id", "scripts", "from", "until"])
      else { continue }
      let id = fields["id"].flatMap { reader.string($0.value, "id") }
      let title = fields["title"].flatMap { reader.string($0.value, "title") }
      let scripts = fields["scripts"].flatMap { scriptSources($0.value, &reader) }
      let from = fields["from"].flatMap { reader.date($0.value, "from") }
      let until = fields["until"].flatMap { reader.date($0.value, "until") }
      let perDay = fields["per_day"].map { reader.int($0.value, "per_day", in: 1...50) } ?? 1
      let priority = fields["priority"].map { reader.priority($0.value) } ?? .normal
      var slotIDs: [String]?
      var slotLocations: [SourceLocation?] = []
      if let slotsNode = fields["slots"]?.value,
        let slotItems = reader.list(slotsNode, "slots", allowScalar: true)
      {
        slotIDs = slotItems.compactMap { reader.string($0, "slots") }
        slotLocations = slotItems.map { reader.location($0) }
      }
      guard let id, let scripts, let from, let until, let perDay, let priority,
        let idNode = fields["id"]?.value
      else { continue }
      if let previous = campaigns.first(where: { $0.id == id }) {
        let line = previous.location?.line ?? 0
        reader.error(idNode, "mã chiến dịch '\(id)' bị trùng (đã có ở dòng \(line))")
        continue
      }
      campaigns.append(
        Campaign(
          id: id, title: title ?? id, scripts: scripts, from: from, until: until, perDay: perDay,
          slotIDs: slotIDs, priority: priority, location: reader.location(idNode),
          slotLocations: slotLocations,
          untilLocation: fields["until"].map { reader.location($0.value) },
          perDayLocation: fields["per_day"].map { reader.location($0.value) }))
    }
    return campaigns
  }

  func scriptSources(_ node: Node, _ reader: inout NodeReader) -> [ScriptSource]? {
    guard let items = reader.list(node, "scripts", allowScalar: true) else { return nil }
    let sources = items.compactMap { item in
      reader.string(item, "scripts").map { ScriptSource(path: $0, location: reader.location(item)) }
    }
    return sources.count == items.count && !sources.isEmpty ? sources : nil
  }

  func decodeAnnouncements(_ node: Node, _ reader: inout NodeReader) -> [Announcement] {
    guard let items = reader.list(node, "announcements") else { return [] }
    var announcements: [Announcement] = []
    for item in items {
      guard
        let fields = reader.fields(
          item, of: "thông báo", allowed: ["date", "slot", "script", "priority"],
          required: ["date", "slot", "script"])
      else { continue }
      let date = fields["date"].flatMap { reader.date($0.value, "date") }
      let slot = fields["slot"].flatMap { reader.string($0.value, "slot") }
      let script = fields["script"].flatMap { reader.string($0.value, "script") }
      let priority = fields["priority"].map { reader.priority($0.value) } ?? .normal
      guard let date, let slot, let script, let priority, let dateNode = fields["date"]?.value,
        let slotNode = fields["slot"]?.value, let scriptNode = fields["script"]?.value
      else { continue }
      announcements.append(
        Announcement(
          date: date, slotID: slot,
          script: ScriptSource(path: script, location: reader.location(scriptNode)),
          priority: priority, location: reader.location(dateNode),
          slotLocation: reader.location(slotNode)))
    }
    return announcements
  }

  func decodeOffDays(_ node: Node, _ reader: inout NodeReader) -> [OffDay] {
    guard let items = reader.list(node, "off_days", allowScalar: true) else { return [] }
    var offDays: [OffDay] = []
    for item in items {
      if item.scalar != nil {
        if let day = reader.date(item, "off_days") {
          offDays.append(OffDay(from: day, until: day, location: reader.location(item)))
        }
        continue
      }
      guard
        let fields = reader.fields(
          item, of: "ngày nghỉ", allowed: ["from", "until"], required: ["from", "until"]),
        let from = fields["from"].flatMap({ reader.date($0.value, "from") }),
        let untilNode = fields["until"]?.value, let until = reader.date(untilNode, "until")
      else { continue }
      if until < from {
        reader.error(untilNode, "ngày kết thúc \(until) trước ngày bắt đầu \(from)")
        continue
      }
      offDays.append(OffDay(from: from, until: until, location: reader.location(item)))
    }
    return offDays
  }
}
