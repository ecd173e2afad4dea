import BroadcastPlan
import Foundation
import LoaStudio

/// What every page and API route asks for, through the same `LoaStudio`/`BroadcastPlan` entry
/// points the CLI uses: the checked workspace, plans, diagnostics, reports, manifests, airings.
struct Station: Sendable {
  let configuration: WebConfiguration
  let studio: Studio
  private let cache = WorkspaceCache()
  private let plans = FreshCache<Plan>()
  /// Rendered answers that depend only on the workspace, the URL and the output folder.
  let answers = FreshCache<String>()

  init(configuration: WebConfiguration) {
    self.configuration = configuration
    studio = Studio(
      schedulePath: configuration.schedulePath, outputDirectory: configuration.outputDirectory)
  }

  var now: Date { configuration.now() }
  var today: CalendarDay { WebTime.day(now) }
  var outputDirectory: URL { configuration.outputDirectory }

  /// The checked workspace, with the announcement files made in the web page.
  func workspace() throws -> Workspace {
    let today = self.today
    return try cache.workspace(today: today) {
      let loaded = try studio.load(today: today)
      let web = WebAnnouncements(
        folder: announcementFolder(loaded.schedule), schedulePath: configuration.schedulePath)
      let workspace = web.apply(to: loaded, today: today)
      return (workspace, watchedFiles(workspace))
    }
  }

  /// The key under which an answer for `uri` over the current workspace is cached.
  func answerKey(_ uri: String) -> String { cache.currentKey + "#" + uri }

  /// Forgets the cached workspace.
  func invalidate() {
    cache.invalidate()
    plans.clear()
    answers.clear()
  }

  /// The station name, or a generic one when the schedule does not decode.
  func stationName(_ workspace: Workspace?) -> String {
    workspace?.schedule?.station ?? "Đài truyền thanh"
  }

  /// Where web announcements go.
  func announcementFolder(_ schedule: Schedule?) -> AnnouncementFolder {
    AnnouncementFolder(schedulePath: configuration.schedulePath, schedule: schedule)
  }

  /// The plan of `days` days from `from`, as `loa plan` computes it.
  func plan(_ workspace: Workspace, from: CalendarDay, days: Int) throws -> Plan {
    let key = "\(cache.currentKey)#\(from)#\(days)#\(workspace.diagnostics.count)"
    return try plans.value(key: key) {
      try studio.plan(workspace, from: from, through: from.adding(days: days - 1))
    }
  }

  /// The diagnostics `loa check` prints, in its order (the same loader and checks), plus those
  /// of the announcement files made in the web page.
  func checkDiagnostics() throws -> [Diagnostic] {
    var loaded = try ScheduleLoader().load(path: configuration.schedulePath)
    if var schedule = loaded.schedule {
      let web = WebAnnouncements(
        folder: announcementFolder(schedule), schedulePath: configuration.schedulePath)
      let found = web.read(skipping: Set(loaded.scripts.scripts.keys))
      schedule.announcements += found.announcements
      for script in found.scripts { loaded.scripts.scripts[script.path] = script }
      loaded.schedule = schedule
    }
    return loaded.check(today: today)
  }

  /// The report `loa report` prints.
  func report(from: CalendarDay, through: CalendarDay) throws -> BroadcastReport {
    try studio.report(from: from, through: through, today: today)
  }

  /// `out/DATE/manifest.json`, when that day was rendered.
  func manifest(_ day: CalendarDay) -> Manifest? {
    let url = outputDirectory.appendingPathComponent(day.description, isDirectory: true)
      .appendingPathComponent("manifest.json")
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return try? JSONDecoder().decode(Manifest.self, from: data)
  }

  /// The audio URL of a program, when its day's manifest lists one.
  func audioLink(_ manifest: Manifest?, slot: String) -> String? {
    guard let manifest, let program = manifest.programs.first(where: { $0.slot == slot }) else {
      return nil
    }
    return "/audio/\(manifest.date)/\(Paths.encode(program.file))"
  }

  /// The airings of `from...through`.
  func airings(from: CalendarDay, through: CalendarDay) -> [AiringRow] {
    (try? configuration.airings.airings(from: from.description, through: through.description))
      ?? []
  }

  /// The schedule, lexicon, scripts and script folders a workspace was read from.
  private func watchedFiles(_ workspace: Workspace) -> [String] {
    let directory = URL(fileURLWithPath: configuration.schedulePath).deletingLastPathComponent()
    var files = [
      configuration.schedulePath, directory.appendingPathComponent("lexicon.tsv").path,
      announcementFolder(workspace.schedule).url.path,
    ]
    for campaign in workspace.schedule?.campaigns ?? [] {
      files += campaign.scripts.map { directory.appendingPathComponent($0.path).path }
    }
    files += workspace.loaded.scripts.scripts.keys.sorted().map {
      directory.appendingPathComponent($0).path
    }
    return files
  }
}
