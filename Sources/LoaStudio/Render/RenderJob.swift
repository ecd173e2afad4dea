import BroadcastPlan
import Foundation
import SpeechAudio

/// One `loa render` run: synthesise what the cache lacks, plan with exact lengths, then build
/// each day in a staging folder and swap it into place, manifest last, log rows after.
struct RenderJob {
  let schedule: Schedule
  let workspace: Workspace
  let output: URL
  let cache: SpeechCache
  /// Fresh timing rules (they read the cache, which fills up as the job runs).
  let timing: () -> ProgramTiming
  /// When the job runs (production timestamps and superseded rows).
  let now: StationInstant
  /// Reuse a file only if its checksum matches the manifest (not just if it exists).
  var verifyFiles = false
  /// Renders cache entries (through its worker pool, if any) and programs.
  let renderer: AudioRenderer
  /// The day folders of `output`.
  var days: DayFolders { DayFolders(root: output) }

  /// Renders `from...through`.
  ///
  /// Once the cache is full the workers are released (their memory is not needed while
  /// programs are assembled); the programs then render on as many threads as the pool has
  /// workers, and each day is committed in order once its programs are done. Every program file
  /// depends on its recipe alone, so the files are the same whatever the number of threads.
  func run(from: CalendarDay, through: CalendarDay, progress: (RenderEvent) -> Void) throws
    -> RenderSummary
  {
    let (plan, synthesized) = try planWithExactLengths(
      from: from, through: through, progress: progress)
    let recordings = try prepareRecordings(for: plan)
    renderer.pool?.releaseWorkers()
    let log = try AsRunLog(url: OutputFolder(output).databaseURL)
    var summary = RenderSummary(
      outputDirectory: output, dayFolders: [], files: [], rendered: 0, unchanged: 0,
      synthesized: synthesized, airtimeSeconds: 0, emptyDays: [])
    var drafts: [DayDraft] = []
    for dayNumber in from.dayNumber...through.dayNumber {
      let day = CalendarDay(dayNumber: dayNumber)
      let programs = plan.programs.filter { $0.date == day }
      if programs.isEmpty { summary.emptyDays.append(day.description) }
      let recipes = programs.map {
        ProgramRecipe(
          program: $0, schedule: schedule, workspace: workspace, cache: cache,
          recordings: recordings)
      }
      drafts.append(try prepareDay(day, recipes: recipes, existing: readManifest(day)))
    }
    var done = 0
    let total = plan.programs.count
    try renderDrafts(&drafts, log: log) { draft, manifest in
      guard !draft.recipes.isEmpty else { return }
      for (index, program) in manifest.programs.enumerated() {
        done += 1
        let recipe = draft.recipes[index]
        let outcome: RenderEvent.Outcome = draft.renders[index] ? .rendered : .unchanged
        progress(
          .program(
            done: done, total: total, file: "\(draft.day)/\(recipe.fileName)",
            seconds: program.seconds, outcome: outcome))
        if outcome == .rendered { summary.rendered += 1 } else { summary.unchanged += 1 }
      }
      summary.dayFolders.append(days.final(draft.day.description))
      summary.files += manifest.programs.map { "\(draft.day)/\($0.file)" }
      summary.airtimeSeconds += manifest.programs.reduce(0) { $0 + $1.seconds }
    }
    return summary
  }

  /// Plans, synthesises every item the cache lacks, and plans again until every length is
  /// exact (dropping decisions can change once lengths are exact, so this repeats, at most 4×).
  private func planWithExactLengths(
    from: CalendarDay, through: CalendarDay, progress: (RenderEvent) -> Void
  ) throws -> (Plan, Int) {
    var synthesized = 0
    var announced = false
    for _ in 0..<4 {
      let plan = Planner(schedule: schedule, scripts: workspace.loaded.scripts, timing: timing())
        .plan(from: from, through: through)
      var seen = Set<String>()
      let missing = plan.programs.flatMap(\.items).filter {
        $0.isEstimated && $0.isSynthesised && seen.insert($0.text).inserted
      }
      if !announced {
        progress(.started(bulletinsToSynthesize: missing.count, programs: plan.programs.count))
        announced = true
      }
      if missing.isEmpty { return (plan, synthesized) }
      let batch = CacheFiller(cache: cache, renderer: renderer)
      try batch.fill(missing.map { ($0.text, $0.script ?? $0.title) }) { done, index in
        synthesized += 1
        progress(.synthesized(done: done, total: missing.count, title: missing[index].title))
      }
    }
    let plan = Planner(schedule: schedule, scripts: workspace.loaded.scripts, timing: timing())
      .plan(from: from, through: through)
    return (plan, synthesized)
  }

  /// Programs of the current manifest whose file is still there, by fingerprint.
  func reusablePrograms(_ manifest: Manifest?, date: String) -> [String: Manifest.Program] {
    guard let manifest else { return [:] }
    guard let folder = days.current(date) else { return [:] }
    var result: [String: Manifest.Program] = [:]
    for program in manifest.programs
    where isIntact(folder.appendingPathComponent(program.file), program) {
      result[program.fingerprint] = program
    }
    return result
  }

  /// Whether a day's file can be reused: it exists, and with ``verifyFiles`` its checksum is the
  /// manifest's.
  private func isIntact(_ url: URL, _ program: Manifest.Program) -> Bool {
    guard FileManager.default.fileExists(atPath: url.path) else { return false }
    return !verifyFiles || (try? SHA256.hex(ofFile: url)) == program.sha256
  }

  private func readManifest(_ day: CalendarDay) -> Manifest? {
    OutputFolder(output).day(day)?.manifest
  }

  func playlist(_ manifest: Manifest) -> Playlist {
    Playlist(
      entries: manifest.programs.map {
        Playlist.Entry(
          file: $0.file, seconds: $0.seconds,
          title:
            "\($0.name) \(ReportText.displayDate(manifest.date)) \($0.start) — \(manifest.station)")
      })
  }

  /// As-run rows for a day's manifest.
  func logRows(_ manifest: Manifest) -> [AsRunProgram] {
    let producedAt = now.description
    let titles = Dictionary(
      schedule.campaigns.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    return manifest.programs.map { program in
      AsRunProgram(
        date: manifest.date, slot: program.slot, slotName: program.name, start: program.start,
        scheduledAt: program.startAt ?? "\(manifest.date)T\(program.start):00+07:00",
        file: "\(manifest.date)/\(program.file)", seconds: program.seconds, sha256: program.sha256,
        producedAt: producedAt,
        items: program.items.map {
          AsRunItem(
            kind: $0.kind, title: $0.title, script: $0.script, campaign: $0.campaign,
            campaignTitle: $0.campaign.map { titles[$0] ?? $0 }, priority: $0.priority,
            start: $0.start, offsetSeconds: $0.offsetSeconds, seconds: $0.seconds)
        })
    }
  }

  static func json(_ manifest: Manifest) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(manifest)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  func writeText(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url, options: .atomic)
  }

  /// Runs a file-system step, turning its failure into ``StudioError/outputUnwritable``.
  func stage<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw StudioError.outputUnwritable(path: output.path, reason: "\(error)")
    }
  }
}
