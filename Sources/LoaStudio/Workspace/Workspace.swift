import BroadcastPlan
import Foundation
import VietnameseText

/// A schedule as the studio works with it: loaded, checked, with its operator lexicon.
///
/// Build it with ``Studio/load(today:)``; when ``hasErrors`` is true nothing may be rendered.
public struct Workspace: Sendable {
  /// The schedule file, as given.
  public let schedulePath: String
  /// What the loader read (schedule, scripts, reading problems).
  public let loaded: LoadedSchedule
  /// Every problem: schedule, scripts and lexicon, sorted by position.
  public let diagnostics: [Diagnostic]
  /// The operator's pronunciation overrides (`lexicon.tsv` beside the schedule), if any.
  public let lexicon: Lexicon
  /// The announcers' recordings that replace synthesis, measured, by schedule-relative path
  /// (those that could not be read are diagnostics instead).
  public let recordings: [String: MeasuredRecording]

  /// The schedule, when it decoded.
  public var schedule: Schedule? { loaded.schedule }
  /// Whether any diagnostic is an error (then nothing is written).
  public var hasErrors: Bool { loaded.schedule == nil || diagnostics.hasErrors }
  /// Number of errors.
  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

  /// The folder holding the schedule file.
  var scheduleDirectory: URL {
    URL(fileURLWithPath: schedulePath).deletingLastPathComponent()
  }

  /// Creates a workspace from already-loaded parts.
  init(
    schedulePath: String, loaded: LoadedSchedule, diagnostics: [Diagnostic], lexicon: Lexicon,
    recordings: [String: MeasuredRecording] = [:]
  ) {
    self.schedulePath = schedulePath
    self.loaded = loaded
    self.diagnostics = diagnostics
    self.lexicon = lexicon
    self.recordings = recordings
  }

  /// The schedule, or ``StudioError/scheduleInvalid(errorCount:)``.
  func validSchedule() throws -> Schedule {
    guard let schedule = loaded.schedule, !hasErrors else {
      throw StudioError.scheduleInvalid(errorCount: max(1, errorCount))
    }
    return schedule
  }

  /// An intro/outro path from the schedule, resolved against the schedule's folder.
  func resolve(_ path: String) -> URL {
    path.hasPrefix("/")
      ? URL(fileURLWithPath: path) : scheduleDirectory.appendingPathComponent(path)
  }
}
