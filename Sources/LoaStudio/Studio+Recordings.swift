import BroadcastPlan
import Foundation

extension Studio {
  /// Measures the announcers' recordings beside the scripts (see ``RecordingCheck``): those
  /// that can be aired by path, and the problems found (none without a decoded schedule).
  func measureRecordings(_ loaded: LoadedSchedule, timing: ProgramTiming) -> (
    [String: MeasuredRecording], [Diagnostic]
  ) {
    guard let schedule = loaded.schedule else { return ([:], []) }
    let folder = URL(fileURLWithPath: schedulePath).deletingLastPathComponent()
    let check = RecordingCheck(
      schedule: schedule, scripts: loaded.scripts, timing: timing,
      resolve: { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : folder.appendingPathComponent($0) }
    )
    let result = check.run()
    return (result.recordings, result.diagnostics)
  }
}
