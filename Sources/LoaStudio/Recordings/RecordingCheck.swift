import BroadcastPlan
import Foundation
import SpeechAudio

/// Measures every announcer's recording beside a script and says what looks wrong, for
/// `loa check` (and every command that loads the schedule).
///
/// - An unreadable file (corrupt, or a format libsndfile cannot decode) or one that is silent
///   throughout is an error at the recording (`FILE:1:1`): nothing is rendered until it is fixed
///   or removed.
/// - A recording older than its script is a warning at the script: the text changed after it
///   was read.
/// - A trimmed recording outside ``lengthRatio`` × the text's estimated spoken length is a
///   warning at the recording: probably the wrong file.
struct RecordingCheck {
  /// The recording's length relative to the text's estimate that passes without a warning.
  static let lengthRatio = 0.6...1.6

  /// The schedule.
  let schedule: Schedule
  /// Its scripts.
  let scripts: ScriptLibrary
  /// How long texts take (for the estimate).
  let timing: ProgramTiming
  /// Resolves a schedule-relative path.
  let resolve: (String) -> URL
  /// The trimming rule.
  var trimmer = SilenceTrimmer()

  /// The measured recordings by path, and the problems found.
  func run() -> (recordings: [String: MeasuredRecording], diagnostics: [Diagnostic]) {
    var recordings: [String: MeasuredRecording] = [:]
    var diagnostics: [Diagnostic] = []
    let estimator = DurationEstimator(voice: schedule.voice, timing: timing)
    for script in scripts.scripts.values.sorted(by: { $0.path < $1.path }) {
      guard let path = script.recording else { continue }
      let at = location(path)
      let measured: MeasuredRecording
      do {
        guard let found = try measure(path) else {
          diagnostics.append(
            Diagnostic(
              at, .error,
              "bản thu âm không có tiếng (chỉ có im lặng); hãy thu lại, hoặc xoá tệp để đọc "
                + "bằng giọng tổng hợp"))
          continue
        }
        measured = found
      } catch {
        diagnostics.append(Diagnostic(at, .error, Self.unreadable(error)))
        continue
      }
      recordings[path] = measured
      if let stale = staleness(script, recording: path) { diagnostics.append(stale) }
      let seconds = measured.seconds(at: schedule.audio.sampleRate)
      let expected = estimator.estimate(schedule.spokenText(of: script))
      if expected > 0, !Self.lengthRatio.contains(seconds / expected) {
        diagnostics.append(
          Diagnostic(
            at, .warning,
            "bản thu âm dài \(ClockText.duration(seconds)) nhưng đọc kịch bản "
              + "'\(Self.name(script.path))' mất khoảng \(ClockText.duration(expected)): "
              + "có lẽ nhầm tệp"))
      }
    }
    return (recordings, diagnostics)
  }

  /// Reads the recording: its digest and its sound range (`nil`: silent).
  func measure(_ path: String) throws -> MeasuredRecording? {
    let url = resolve(path)
    guard let range = try trimmer.soundRange(of: url) else { return nil }
    let digest = try SHA256.hex(ofFile: url)
    return MeasuredRecording(path: path, url: url, digest: digest, range: range)
  }

  /// A warning when the recording was last changed before its script.
  func staleness(_ script: Script, recording path: String) -> Diagnostic? {
    guard let recorded = Self.modified(resolve(path)),
      let written = Self.modified(resolve(script.path)), recorded < written
    else { return nil }
    return Diagnostic(
      location(script.path), .warning,
      "bản thu âm '\(Self.name(path))' cũ hơn kịch bản: nội dung đã sửa sau khi thu; hãy thu "
        + "lại, hoặc xoá bản thu để đọc bằng giọng tổng hợp")
  }

  /// Line 1, column 1 of a schedule-relative file.
  func location(_ path: String) -> SourceLocation {
    SourceLocation(file: schedule.fileName(ofRelativePath: path), line: 1, column: 1)
  }

  /// The one-line message for a recording that cannot be read.
  static func unreadable(_ error: any Error) -> String {
    var reason = "\(error)"
    if case SpeechAudioError.unreadableFile(_, let why) = error { reason = why }
    return "không đọc được bản thu âm (\(reason)); hãy xuất lại thành tệp .wav hoặc .flac"
  }

  /// The file's modification time.
  static func modified(_ url: URL) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
  }

  /// The last path component.
  static func name(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
