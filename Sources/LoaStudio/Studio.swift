import BroadcastPlan
import Foundation
import SpeechAudio
import VietnameseText

/// The front door of `LoaStudio`: loads a schedule, plans with exact lengths from the audio
/// cache, renders programs into the output folder, and reports what went on air.
///
/// The studio is the only layer that touches the output folder. Dates come in as arguments; the
/// clock is read only by the caller.
///
/// ```swift
/// let studio = Studio(schedulePath: "schedules/hai-hung.yaml", outputDirectory: URL(fileURLWithPath: "out"))
/// let workspace = try studio.load(today: today)
/// guard !workspace.hasErrors else { ... print workspace.diagnostics ... }
/// let summary = try studio.render(workspace, from: today, through: today, now: Date()) { print($0) }
/// ```
public struct Studio: Sendable {
  /// The schedule file.
  public let schedulePath: String
  /// The output folder (`out/`).
  public let outputDirectory: URL

  /// Creates a studio for a schedule and an output folder.
  public init(schedulePath: String, outputDirectory: URL) {
    self.schedulePath = schedulePath
    self.outputDirectory = outputDirectory
  }

  /// Reads the schedule, its scripts and the lexicon beside it, and checks them all.
  ///
  /// - Throws: `PlanError.unreadableSchedule` when the schedule file cannot be read.
  public func load(today: CalendarDay?) throws -> Workspace {
    let loaded = try ScheduleLoader().load(path: schedulePath)
    let lexiconPath = URL(fileURLWithPath: schedulePath).deletingLastPathComponent()
      .appendingPathComponent("lexicon.tsv").path
    var lexicon = Lexicon()
    var lexiconProblems: [Diagnostic] = []
    if FileManager.default.fileExists(atPath: lexiconPath) {
      let file = LexiconFile.load(path: lexiconPath)
      lexicon = file.lexicon
      lexiconProblems = file.issues.map {
        Diagnostic(
          file: $0.file, line: max(1, $0.line), column: 1, severity: .warning, message: $0.message)
      }
    }
    let timing = ProgramTiming(lexicon: lexicon)
    let diagnostics = loaded.check(timing: timing, today: today) + lexiconProblems
    return Workspace(
      schedulePath: schedulePath, loaded: loaded, diagnostics: diagnostics, lexicon: lexicon)
  }

  /// The plan for `from...through`, with exact lengths for every item already in the cache.
  public func plan(_ workspace: Workspace, from: CalendarDay, through: CalendarDay) throws -> Plan {
    let schedule = try workspace.validSchedule()
    let cache = speechCache(for: schedule, workspace: workspace)
    var plan = Planner(
      schedule: schedule, scripts: workspace.loaded.scripts,
      timing: timing(for: schedule, workspace: workspace, cache: cache)
    ).plan(from: from, through: through)
    plan.warnings = workspace.diagnostics.map(\.description)
    return plan
  }

  /// Renders every program of `from...through` into the output folder (see ``RenderJob``).
  public func render(
    _ workspace: Workspace, from: CalendarDay, through: CalendarDay, now: Date,
    progress: (RenderEvent) -> Void = { _ in }
  ) throws -> RenderSummary {
    guard from <= through else {
      throw StudioError.invalidRange(from: from.description, to: through.description)
    }
    let schedule = try workspace.validSchedule()
    try OutputFolder.prepare(outputDirectory)
    let cache = speechCache(for: schedule, workspace: workspace)
    let job = RenderJob(
      schedule: schedule, workspace: workspace, output: outputDirectory, cache: cache,
      timing: { timing(for: schedule, workspace: workspace, cache: cache) }, now: now)
    return try job.run(from: from, through: through, progress: progress)
  }

  /// The periodic report for `from...through` from the as-run log; `today` splits aired from
  /// scheduled.
  public func report(from: CalendarDay, through: CalendarDay, today: CalendarDay) throws
    -> BroadcastReport
  {
    guard from <= through else {
      throw StudioError.invalidRange(from: from.description, to: through.description)
    }
    let url = outputDirectory.appendingPathComponent("loa.sqlite")
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw StudioError.noLog(path: url.path)
    }
    let programs = try AsRunLog(url: url).programs(
      from: from.description, through: through.description)
    return BroadcastReport(
      from: from.description, to: through.description, today: today.description,
      programs: programs)
  }

  func speechCache(for schedule: Schedule, workspace: Workspace) -> SpeechCache {
    SpeechCache(
      folder: outputDirectory.appendingPathComponent(".cache", isDirectory: true),
      voice: VoiceSettings(name: schedule.voice.name, rate: schedule.voice.rate),
      sampleRate: schedule.audio.sampleRate,
      normalizer: Normalizer(
        dialect: Dialect(voiceName: schedule.voice.name), lexicon: workspace.lexicon),
      engineVersion: Synthesizer.shared.engineVersion)
  }

  func timing(for schedule: Schedule, workspace: Workspace, cache: SpeechCache) -> ProgramTiming {
    var intro: Double?
    if case .file(let path) = schedule.audio.intro {
      intro = try? AudioFile.probe(workspace.resolve(path)).seconds
    }
    let outro = schedule.audio.outro.flatMap { try? AudioFile.probe(workspace.resolve($0)).seconds }
    return ProgramTiming(
      introSeconds: intro, outroSeconds: outro,
      knownSeconds: { cache.seconds(forText: $0) }, sentencePause: SpeechPauses.sentence,
      paragraphPause: SpeechPauses.paragraph, lexicon: workspace.lexicon)
  }
}
