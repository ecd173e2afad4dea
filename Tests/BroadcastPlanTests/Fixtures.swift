import BroadcastPlan
import Foundation

/// Locates fixtures via `#filePath` and builds schedules from inline YAML.
enum Fixtures {
  /// `Tests/Fixtures/schedules`.
  static let schedules: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/schedules").path
  }()

  /// The path of a fixture file under `Tests/Fixtures/schedules`.
  static func path(_ relative: String) -> String { schedules + "/" + relative }

  /// Loads a fixture schedule.
  static func load(_ relative: String) throws -> LoadedSchedule {
    try ScheduleLoader().load(path: path(relative))
  }

  /// Decodes inline YAML (file name `s.yaml`), runs the validator with in-memory scripts and
  /// returns every diagnostic sorted by position.
  static func diagnose(
    _ yaml: String, scripts: [Script] = [], campaignScripts: [String: [String]] = [:],
    today: CalendarDay? = nil
  ) -> [Diagnostic] {
    let decoded = ScheduleDecoder(file: "s.yaml").decode(yaml)
    var library = ScriptLibrary(campaignScripts: campaignScripts)
    for script in scripts { library.scripts[script.path] = script }
    let loaded = LoadedSchedule(
      schedule: decoded.schedule, scripts: library, diagnostics: decoded.diagnostics)
    return loaded.check(today: today)
  }

  /// A script whose body has `words` plain syllables in sentences of ten.
  static func script(_ path: String, words: Int, approvedBy: String? = "Nguyễn Văn A") -> Script {
    let vocabulary = ["bà", "con", "chú", "ý", "lắng", "nghe", "thông", "tin", "của", "xã"]
    var sentences: [String] = []
    var remaining = words
    while remaining > 0 {
      let count = min(10, remaining)
      let sentence = (0..<count).map { vocabulary[$0 % vocabulary.count] }.joined(separator: " ")
      sentences.append(sentence.prefix(1).uppercased() + sentence.dropFirst() + ".")
      remaining -= count
    }
    return Script(
      path: path, title: "Bản tin \(path)", approvedBy: approvedBy,
      paragraphs: [sentences.joined(separator: " ")])
  }

  /// `CalendarDay.parse` that traps on a typo in a test.
  static func day(_ text: String) -> CalendarDay { CalendarDay.parse(text)! }
}
