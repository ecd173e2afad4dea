import BroadcastPlan
import Foundation
import Hummingbird
import LoaStudio
import VietnameseText

extension PageController {
  /// `/ban-tin`: every script with its campaign, approval, validity, last and next airing.
  func scripts() throws -> Response {
    let workspace = try station.workspace()
    let catalog = ScriptCatalog(station: station, workspace: workspace)
    let today = station.today
    var last: [String: String] = [:]
    var next: [String: String] = [:]
    if !workspace.hasErrors,
      let plan = try? station.plan(workspace, from: today.adding(days: -30), days: 61)
    {
      let now = station.now
      for program in plan.programs {
        let start = StationInstant(day: program.date, time: program.slot.at)
        let label = "\(program.date.displayText) \(program.slot.at)"
        for item in program.items {
          guard let script = item.script else { continue }
          if start <= now {
            last[script] = label
          } else if next[script] == nil {
            next[script] = label
          }
        }
      }
    }
    let rows = catalog.entries.map { entry -> [String: Any] in
      let script = entry.script
      return [
        "title": script.title, "path": entry.urlPath, "link": ScriptCatalog.link(script.path),
        "campaign": entry.campaigns.isEmpty ? "Thông báo" : entry.campaigns.joined(separator: ", "),
        "approvedBy": script.approvedBy ?? "—", "validity": Self.validity(script) ?? "luôn",
        "lastAiring": last[script.path] ?? "—", "nextAiring": next[script.path] ?? "—",
      ]
    }
    return page(
      "scripts", title: "Bản tin", current: "/ban-tin", workspace: workspace,
      ["scripts": rows, "count": rows.count])
  }

  /// `/ban-tin/PATH`: the written text beside its spoken form, with a "Nghe thử" player.
  func script(_ raw: String) throws -> Response {
    let workspace = try station.workspace()
    guard let entry = ScriptCatalog(station: station, workspace: workspace).entry(urlPath: raw)
    else { throw PageError.notFound }
    let script = entry.script
    let voice = workspace.schedule?.voice.name ?? "vi"
    let normalizer = Normalizer(dialect: Dialect(voiceName: voice), lexicon: workspace.lexicon)
    var written = [script.title]
    written += script.paragraphs
    var data: [String: Any] = [
      "title": script.title, "path": entry.urlPath,
      "previewLink": ScriptCatalog.previewLink(script.path),
      "written": written, "spoken": written.map { normalizer.normalize($0) },
    ]
    if !entry.campaigns.isEmpty { data["campaign"] = entry.campaigns.joined(separator: ", ") }
    if let approvedBy = script.approvedBy { data["approvedBy"] = approvedBy }
    if let validity = Self.validity(script) { data["validity"] = validity }
    return page("script", title: script.title, current: "/ban-tin", workspace: workspace, data)
  }

  static func validity(_ script: Script) -> String? {
    script.validity.map { "\($0.lowerBound.displayText) – \($0.upperBound.displayText)" }
  }
}
