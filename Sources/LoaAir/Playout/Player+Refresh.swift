import BroadcastPlan
import Foundation
import LoaStudio

extension Player {
  /// Re-checks and re-renders when the station day changed (at once) or a file the schedule
  /// reads changed (looked for every `refreshInterval` real seconds).
  func refreshIfDue() throws {
    let now = ProcessInfo.processInfo.systemUptime
    // A new station day renders its tomorrow at once; file changes are looked for periodically.
    let dayTurned = renderedThrough != nil && renderedThrough != clock.today().adding(days: 1)
    guard dayTurned || now - lastRefresh >= configuration.refreshInterval else { return }
    lastRefresh = now
    try refresh(force: false)
  }

  /// Loads the schedule; if it is valid and anything changed (or `force`), renders today and
  /// tomorrow, then reloads the programs of yesterday, today and tomorrow from the output
  /// folder. An invalid schedule keeps the programs already rendered.
  func refresh(force: Bool, verifyFiles: Bool = false) throws {
    let today = clock.today()
    let workspace = try studio.load(today: today)
    let newSignature = Self.signature(workspace, lexicon: studio.lexiconPath)
    let changed = force || newSignature != signature || renderedThrough != today.adding(days: 1)
    if changed {
      signature = newSignature
      if workspace.hasErrors {
        report(
          .scheduleInvalid(
            errors: workspace.errorCount, diagnostics: workspace.diagnostics.map(\.description)))
      } else if let schedule = workspace.schedule {
        rules = PlayoutRules(lateGrace: Double(schedule.air.lateGraceSeconds))
        sampleRate = schedule.audio.sampleRate
        _ = try studio.render(
          workspace, from: today, through: today.adding(days: 1), now: clock.now(),
          pool: configuration.synthesisPool, verifyFiles: verifyFiles)
        renderedThrough = today.adding(days: 1)
      }
    }
    let days = [today.adding(days: -1), today, today.adding(days: 1)]
    // Yesterday's programs only while still within the grace (one crossing midnight).
    let now = clock.now()
    let loaded = days.compactMap { studio.output.day($0) }.flatMap(AirProgram.programs(of:))
      .filter { $0.date >= today || now <= $0.startsAt.adding(seconds: rules.lateGrace) }
    if changed || loaded != programs {
      programs = loaded
      let ahead = programs.filter { clock.now() < $0.startsAt.adding(seconds: rules.lateGrace) }
      report(.ready(programs: ahead.count))
    }
  }

  /// Sizes and modification times of the schedule, the lexicon, every script and their
  /// folders: a change means re-render.
  static func signature(_ workspace: Workspace, lexicon: String) -> String {
    var paths = [workspace.schedulePath, lexicon]
    let folder = (workspace.schedulePath as NSString).deletingLastPathComponent
    let scripts = workspace.loaded.scripts.scripts.keys.sorted().map {
      $0.hasPrefix("/") ? $0 : (folder as NSString).appendingPathComponent($0)
    }
    paths += scripts
    paths += Set(scripts.map { ($0 as NSString).deletingLastPathComponent }).sorted()
    return paths.map { path -> String in
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
      let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      return "\(path)|\(size)|\(modified)"
    }.joined(separator: "\n")
  }
}
