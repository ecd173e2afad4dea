import BroadcastPlan
import Foundation
import LoaStudio
import SpeechAudio

/// `loa air`'s playout: plays each rendered program at its instant, logs every airing, takes
/// emergency announcements from the queue, and keeps today's and tomorrow's programs rendered.
///
/// Decisions come from ``PlayoutRules`` (pure); this type does the side effects: the clock, the
/// outputs, the log, the files. Run it on its own thread; ``StopSignal`` ends it cleanly (the
/// airing on air is closed as `interrupted` with the seconds played).
public final class Player {
  let studio: Studio
  let clock: any StationClock
  let configuration: PlayerConfiguration
  let report: (PlayerEvent) -> Void
  let airings: AiringLog
  let queue: EmergencyQueue
  var rules = PlayoutRules()
  var programs: [AirProgram] = []
  var outputs: OutputSet!
  /// The instant the timeline (the recording) starts at.
  var origin = StationInstant(unixSeconds: 0)
  var sampleRate = 22_050
  var signature = ""
  var lastRefresh = -Double.infinity
  var renderedThrough: CalendarDay?
  var reportedGarbage = Set<String>()

  /// A player for `studio`'s schedule and output folder, reading `clock`.
  public init(
    studio: Studio, clock: any StationClock, configuration: PlayerConfiguration,
    report: @escaping (PlayerEvent) -> Void
  ) throws {
    self.studio = studio
    self.clock = clock
    self.configuration = configuration
    self.report = report
    airings = try AiringLog(output: studio.output)
    queue = EmergencyQueue(output: studio.output)
  }

  /// Prepares (closes stale airings, renders, opens the outputs), then plays until `stop` or
  /// the configured end.
  public func run(stop: StopSignal) throws {
    try queue.prepare()
    for stale in try airings.closeStale(at: clock.now().iso8601(fractionDigits: 3)) {
      report(
        .interrupted(file: stale.file, playedSeconds: stale.playedSeconds, why: "máy dừng đột ngột")
      )
    }
    try refresh(force: true)
    outputs = OutputSet(configuration: configuration, sampleRate: sampleRate) { [report] in
      report(.warning($0))
    }
    try outputs.openAll(strict: true)
    // A rehearsal's clock has not moved yet (it moves only while the player waits), so the
    // timeline starts at `--from` exactly and its sample offsets are exact.
    origin = clock.now()
    report(.started(outputs: outputs.names, at: origin))
    defer {
      outputs.closeAll()
      report(.stopped)
    }
    while !stop.isStopped && !isOver {
      try? refreshIfDue()
      outputs.openAll(strictly: false)
      if try playEmergencies(stop: stop) { continue }
      let decision = rules.decide(
        programs: programs, airings: try recentAirings(), now: clock.now())
      switch decision {
      case .play(let program, let lateBy):
        try play(program, lateBy: lateBy, stop: stop)
      case .miss(let program):
        let lateBy = program.startsAt.seconds(until: clock.now())
        _ = try airings.insert(
          program.airing(
            status: .missed, startedAt: nil, output: outputs.names,
            note: "quá giờ \(Int(lateBy)) giây"))
        report(.missed(file: program.file, lateBy: lateBy))
      case .wait(let until):
        idle(until: until, stop: stop)
      }
    }
    outputs.padTimeline(to: frames(at: min(clock.now(), configuration.until ?? clock.now())))
  }

  /// Whether the run has reached `--until`.
  var isOver: Bool {
    guard let until = configuration.until else { return false }
    return clock.now() >= until
  }

  /// Timeline frames from the origin to `instant`.
  func frames(at instant: StationInstant) -> Int {
    max(0, Int((origin.seconds(until: instant) * Double(sampleRate)).rounded()))
  }

  /// Airings of the days the programs cover.
  func recentAirings() throws -> [Airing] {
    let today = clock.today()
    return try airings.airings(
      from: today.adding(days: -1).description, through: today.adding(days: 1).description)
  }

  /// Waits (in slices of at most 0.25 real seconds) until `until`, the end of the run, an
  /// emergency or a stop; keeps the timeline filled with silence.
  func idle(until: StationInstant?, stop: StopSignal) {
    var deadline = until ?? clock.now().adding(seconds: 3600)
    if let end = configuration.until { deadline = min(deadline, end) }
    clock.wait(until: deadline, atMostRealSeconds: 0.25)
    outputs.padTimeline(to: frames(at: min(clock.now(), deadline)))
  }
}

extension OutputSet {
  /// Opens what is closed and due for a retry, reporting failures.
  func openAll(strictly: Bool) {
    try? openAll(strict: strictly)
  }
}
