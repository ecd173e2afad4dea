import ArgumentParser
import BroadcastPlan
import Foundation
import LoaStudio

/// `--schedule F`, shared by every command that reads the station's schedule.
struct ScheduleOption: ParsableArguments {
  @Option(
    name: .long, help: "Tệp lịch phát (mặc định: $LOA_SCHEDULE hoặc schedules/hai-hung.yaml).")
  var schedule: String?

  /// The schedule to use: `--schedule`, else `$LOA_SCHEDULE`, else the default.
  var path: String {
    StationCalendar.schedulePath(schedule, environment: ProcessInfo.processInfo.environment)
  }

  /// The studio for this schedule, writing to `out`, with the lexicon rule applied.
  func studio(out: String, lexicon: LexiconOption) -> Studio {
    Studio(
      schedulePath: path, outputDirectory: URL(fileURLWithPath: out),
      lexiconPath: lexicon.lexicon)
  }

  /// Opens the schedule in a studio writing to `out` and checks it. Diagnostics go to stderr
  /// (warnings too when `showWarnings`); with errors, `failure(errorCount)` is thrown.
  func open(
    out: String, lexicon: LexiconOption, today: CalendarDay, showWarnings: Bool,
    failure: (Int) -> Error
  ) throws -> (Studio, Workspace) {
    let studio = studio(out: out, lexicon: lexicon)
    let workspace = try studio.load(today: today)
    if workspace.hasErrors || showWarnings {
      Terminal.errorRaw(workspace.diagnostics.map { "\($0)\n" }.joined())
    }
    if workspace.hasErrors { throw failure(workspace.errorCount) }
    return (studio, workspace)
  }
}
