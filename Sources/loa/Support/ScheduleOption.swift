import ArgumentParser
import BroadcastPlan
import Foundation

/// `--schedule F`, shared by every command that reads the station's schedule.
struct ScheduleOption: ParsableArguments {
  @Option(
    name: .long, help: "Tệp lịch phát (mặc định: $LOA_SCHEDULE hoặc schedules/hai-hung.yaml).")
  var schedule: String?

  /// The schedule to use: `--schedule`, else `$LOA_SCHEDULE`, else the default.
  var path: String {
    StationCalendar.schedulePath(schedule, environment: ProcessInfo.processInfo.environment)
  }
}
