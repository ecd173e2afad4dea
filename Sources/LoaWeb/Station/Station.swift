import BroadcastPlan
import Foundation
import LoaAir
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
  /// The airings log `loa air` writes, opened once it exists.
  let airingLog: AiringLogHandle

  init(configuration: WebConfiguration) {
    self.configuration = configuration
    studio = Studio(
      schedulePath: configuration.schedulePath, outputDirectory: configuration.outputDirectory)
    airingLog = AiringLogHandle(output: OutputFolder(configuration.outputDirectory))
  }

  var now: StationInstant { configuration.clock.now() }
  var today: CalendarDay { now.day }
  var output: OutputFolder { OutputFolder(configuration.outputDirectory) }

  /// The checked workspace, announcements made in the web page included (the loader reads
  /// the announcement folder's `air:` headers).
  func workspace() throws -> Workspace {
    let today = self.today
    return try cache.workspace(today: today) {
      let workspace = try studio.load(today: today, pronunciation: true)
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

  /// The diagnostics `loa check` prints, in its order: the same loader and checks, the lexicon's
  /// problems and the pronunciation warnings included.
  func checkDiagnostics() throws -> [Diagnostic] {
    let workspace = try workspace()
    return workspace.diagnostics.sortedByPosition(
      scheduleFirst: workspace.schedule?.file ?? configuration.schedulePath)
  }

  /// The report `loa report` prints.
  func report(from: CalendarDay, through: CalendarDay) throws -> BroadcastReport {
    try studio.report(from: from, through: through, today: today)
  }

  /// The manifest of a rendered day (read through ``LoaStudio/OutputFolder``, so never a
  /// half-written one).
  func manifest(_ day: CalendarDay) -> Manifest? {
    output.day(day)?.manifest
  }

  /// The audio URL of a program, when its day's manifest lists one.
  func audioLink(_ manifest: Manifest?, slot: String) -> String? {
    guard let manifest, let program = manifest.programs.first(where: { $0.slot == slot }) else {
      return nil
    }
    return "/audio/\(manifest.date)/\(Paths.encode(program.file))"
  }

  /// What `loa status` shows now: on air, next, the latest airings.
  ///
  /// - Throws: ``PageError`` (503) when the airings log cannot be read (busy past its timeout).
  func status() throws -> StationStatus {
    do {
      return try StationStatus.read(log: airingLog.log(), output: output, now: now)
    } catch {
      throw PageError(
        status: .serviceUnavailable,
        message: "Chưa đọc được nhật ký phát (out/loa.sqlite): \(error). Hãy tải lại trang.")
    }
  }

  /// The airings of `from...through`.
  func airings(from: CalendarDay, through: CalendarDay) -> [Airing] {
    airingLog.airings(from: from.description, through: through.description)
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
