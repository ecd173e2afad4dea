import BroadcastPlan
import Foundation
import SpeechAudio
import VietnameseText

/// The front door of `LoaStudio`: loads a schedule, plans with exact lengths from the audio
/// cache, renders programs into the output folder, and reports what went on air.
///
/// The studio is the only layer that touches the output folder (through ``OutputFolder``: writers
/// hold its lock, readers see whole days). Dates and instants come in as arguments; the clock is
/// read only by the caller, from one ``StationClock``.
///
/// ```swift
/// let studio = Studio(schedulePath: "schedules/hai-hung.yaml", outputDirectory: URL(fileURLWithPath: "out"))
/// let workspace = try studio.load(today: clock.today())
/// guard !workspace.hasErrors else { ... print workspace.diagnostics ... }
/// let summary = try studio.render(workspace, from: today, through: today, now: clock.now()) { print($0) }
/// ```
public struct Studio: Sendable {
  /// The schedule file.
  public let schedulePath: String
  /// The output folder (`out/`).
  public let outputDirectory: URL
  /// The operator lexicon: `--lexicon` when given, else `lexicon.tsv` beside the schedule.
  public let lexiconPath: String

  /// Creates a studio for a schedule and an output folder; `lexiconPath` overrides the lexicon
  /// beside the schedule (see ``LexiconFile/path(schedulePath:override:)``).
  public init(schedulePath: String, outputDirectory: URL, lexiconPath: String? = nil) {
    self.schedulePath = schedulePath
    self.outputDirectory = outputDirectory
    self.lexiconPath = LexiconFile.path(schedulePath: schedulePath, override: lexiconPath)
  }

  /// The output folder, the one way to its files.
  public var output: OutputFolder { OutputFolder(outputDirectory) }

  /// Reads the schedule, its scripts and the lexicon, and checks them all; with
  /// `pronunciation`, also how espeak-ng will read them (``PronunciationCheck``, for `loa check`).
  ///
  /// - Throws: `PlanError.unreadableSchedule` when the schedule file cannot be read.
  public func load(today: CalendarDay?, pronunciation: Bool = false) throws -> Workspace {
    let loaded = try ScheduleLoader().load(path: schedulePath)
    let (lexicon, lexiconProblems) = LexiconFile.loadIfPresent(path: lexiconPath)
    var timing = ProgramTiming(lexicon: lexicon)
    let (recordings, recordingProblems) = measureRecordings(loaded, timing: timing)
    if let rate = loaded.schedule?.audio.sampleRate {
      timing.recordingSeconds = recordings.mapValues { $0.seconds(at: rate) }
    }
    var diagnostics = loaded.check(timing: timing, today: today) + recordingProblems
    if !recordingProblems.isEmpty {
      diagnostics = diagnostics.sortedByPosition(scheduleFirst: loaded.schedule?.file ?? "")
    }
    diagnostics += lexiconProblems
    if pronunciation {
      diagnostics += PronunciationCheck.diagnostics(for: loaded, lexicon: lexicon)
    }
    return Workspace(
      schedulePath: schedulePath, loaded: loaded, diagnostics: diagnostics, lexicon: lexicon,
      recordings: recordings)
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
  ///
  /// The job holds the output folder's write lock; `progress` receives ``RenderEvent/waiting``
  /// first if another writer holds it. With a `pool`, the bulletins the cache lacks are
  /// synthesised in parallel by its worker processes; the files are the same either way. With
  /// `verifyFiles`, a program file is reused only if its checksum still matches the manifest
  /// (the player asks for this after finding a file missing or altered).
  public func render(
    _ workspace: Workspace, from: CalendarDay, through: CalendarDay, now: StationInstant,
    pool: SynthesisPool? = nil, verifyFiles: Bool = false,
    progress: (RenderEvent) -> Void = { _ in }
  ) throws -> RenderSummary {
    guard from <= through else {
      throw StudioError.invalidRange(from: from.description, to: through.description)
    }
    let schedule = try workspace.validSchedule()
    return try output.withWriteLock(waiting: { progress(.waiting(output.waitingMessage)) }) {
      let cache = speechCache(for: schedule, workspace: workspace)
      let job = RenderJob(
        schedule: schedule, workspace: workspace, output: outputDirectory, cache: cache,
        timing: { timing(for: schedule, workspace: workspace, cache: cache) }, now: now,
        verifyFiles: verifyFiles, renderer: AudioRenderer(pool: pool))
      return try job.run(from: from, through: through, progress: progress)
    }
  }

  /// The periodic report for `from...through`; `today` splits past from scheduled days.
  ///
  /// When the station airs with `loa air` (`air` declared with `playout: loa`, or any airing in
  /// the period) the counts are confirmed airings; with `playout: external`, or when nothing
  /// logged airings, the report only says files were produced.
  public func report(
    from: CalendarDay, through: CalendarDay, today: CalendarDay, air: AirSettings = AirSettings()
  ) throws -> BroadcastReport {
    guard from <= through else {
      throw StudioError.invalidRange(from: from.description, to: through.description)
    }
    let url = output.databaseURL
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw StudioError.noLog(path: url.path)
    }
    let programs = try AsRunLog(url: url).programs(
      from: from.description, through: through.description)
    let airings = try AiringLog(output: output).airings(
      from: from.description, through: through.description)
    let confirmed =
      air.playout == .loa && (air.isDeclared || !airings.isEmpty)
    return BroadcastReport(
      from: from.description, to: through.description, today: today.description,
      programs: programs, airings: confirmed ? airings : nil)
  }

  func speechCache(for schedule: Schedule, workspace: Workspace) -> SpeechCache {
    SpeechCache(
      folder: output.cacheURL,
      voice: StationVoice.settings(for: schedule.voice),
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
    var timing = ProgramTiming(
      introSeconds: intro, outroSeconds: outro,
      knownSeconds: { cache.seconds(forText: $0) }, lexicon: workspace.lexicon)
    timing.recordingSeconds = workspace.recordings.mapValues {
      $0.seconds(at: schedule.audio.sampleRate)
    }
    return timing
  }
}
