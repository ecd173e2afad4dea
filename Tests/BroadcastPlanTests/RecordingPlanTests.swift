import Foundation
import Testing

@testable import BroadcastPlan

/// The planner with announcers' recordings: exact lengths from `ProgramTiming.recordingSeconds`,
/// recorded items marked as not synthesised, and the disclosure rule for the frames.
@Suite("Planning with recordings")
struct RecordingPlanTests {
  static let disclosure = "Các bản tin sau đây được đọc bằng giọng nói do trí tuệ nhân tạo tạo ra."
  static let yaml = """
    station: Đài Hải Hưng
    opening: "Xin chào bà con. \(disclosure) Hôm nay, {weekday} ngày {date}."
    closing: "Bản tin được đọc bằng giọng nói tổng hợp. Xin cảm ơn bà con."
    slots:
      - { id: sang, name: Sáng, at: "06:00", days: daily, length: 15m }
    campaigns:
      - id: luat-ai
        title: Luật AI
        scripts: [a.txt, b.txt]
        from: 2026-06-01
        until: 2026-12-31
        per_day: 2

    """

  /// A planner over scripts `a.txt` and `b.txt`; `recorded` get a recording beside them.
  static func planner(recorded: [String], known: [String: Double] = [:]) throws -> Planner {
    let schedule = try #require(ScheduleDecoder(file: "s.yaml").decode(yaml).schedule)
    var library = ScriptLibrary(campaignScripts: ["luat-ai": ["a.txt", "b.txt"]])
    for path in ["a.txt", "b.txt"] {
      var script = Fixtures.script(path, words: 60)
      if recorded.contains(path) {
        script.recording = path.replacingOccurrences(of: ".txt", with: ".wav")
      }
      library.scripts[path] = script
    }
    var timing = ProgramTiming()
    timing.recordingSeconds = known
    return Planner(schedule: schedule, scripts: library, timing: timing)
  }

  static func program(_ planner: Planner) throws -> Program {
    let day = Fixtures.day("2026-12-01")
    return try #require(planner.plan(from: day, through: day).programs.first)
  }

  @Test("a measured recording gives its item the exact length, no estimate, no synthesis")
  func exactLength() throws {
    let program = try Self.program(Self.planner(recorded: ["a.txt"], known: ["a.wav": 42.125]))
    let item = try #require(program.items.first { $0.script == "a.txt" })
    #expect(item.seconds == 42.125)
    #expect(!item.isEstimated)
    #expect(item.recording == "a.wav")
    #expect(!item.isSynthesised)
    let other = try #require(program.items.first { $0.script == "b.txt" })
    #expect(other.isSynthesised && other.recording == nil)
    // The layout counts the exact length: the next item starts after it and the gap.
    let index = try #require(program.items.firstIndex(of: item))
    #expect(program.items[index + 1].start == item.start + 42.125 + program.gapSeconds)
  }

  @Test("a recording not measured yet is estimated from its text")
  func unmeasured() throws {
    let program = try Self.program(Self.planner(recorded: ["a.txt"]))
    let item = try #require(program.items.first { $0.script == "a.txt" })
    #expect(item.isEstimated && !item.isSynthesised)
    let synthesised = try #require(program.items.first { $0.script == "b.txt" })
    #expect(item.seconds == synthesised.seconds)
  }

  @Test("a synthesised item keeps the disclosure in the opening and the closing")
  func disclosureKept() throws {
    let program = try Self.program(Self.planner(recorded: ["a.txt"], known: ["a.wav": 30]))
    let opening = try #require(program.items.first)
    let closing = try #require(program.items.last)
    #expect(opening.text.contains(Self.disclosure))
    #expect(closing.text == "Bản tin được đọc bằng giọng nói tổng hợp. Xin cảm ơn bà con.")
  }

  @Test("every item recorded: the disclosure is not spoken, the rest of the frames is")
  func disclosureDropped() throws {
    let known = ["a.wav": 30.0, "b.wav": 31.0]
    let program = try Self.program(Self.planner(recorded: ["a.txt", "b.txt"], known: known))
    let opening = try #require(program.items.first)
    let closing = try #require(program.items.last)
    #expect(opening.text == "Xin chào bà con. Hôm nay, thứ Ba ngày 01/12/2026.")
    #expect(closing.text == "Xin cảm ơn bà con.")
    #expect(opening.isSynthesised && closing.isSynthesised)
    // The program's length and layout use the shorter frames.
    let last = try #require(program.items.last)
    #expect(
      abs(program.plannedSeconds - (last.start + last.seconds)) < 1e-9)
    let withDisclosure = try Self.program(Self.planner(recorded: ["a.txt"], known: known))
    let fullClosing = try #require(withDisclosure.items.last)
    #expect(closing.seconds < fullClosing.seconds)
  }

  @Test("plan JSON says which items are synthesised and names the recording")
  func json() throws {
    let day = Fixtures.day("2026-12-01")
    let plan = try Self.planner(recorded: ["a.txt"], known: ["a.wav": 30]).plan(
      from: day, through: day)
    let json = PlanJSONRenderer().render(plan)
    let compact = json.filter { !$0.isWhitespace }
    #expect(compact.contains("\"synthesised\":false,\"recording\":\"a.wav\""))
    #expect(compact.contains("\"synthesised\":true,\"recording\":null"))
    #expect(PlanTableRenderer().render(plan).contains("Bản tin a.txt (bản thu)"))
  }

  struct Removal: CustomTestStringConvertible, Sendable {
    let label: String
    let text: String
    let expected: String
    var testDescription: String { label }
  }

  static let removals: [Removal] = [
    Removal(
      label: "disclosure first", text: "Bản tin được đọc bằng giọng nói tổng hợp. Xin cảm ơn.",
      expected: "Xin cảm ơn."),
    Removal(
      label: "disclosure in the middle",
      text: "Xin chào. \(disclosure) Hôm nay thứ Hai.", expected: "Xin chào. Hôm nay thứ Hai."),
    Removal(
      label: "no disclosure: unchanged", text: "Xin chào.  Hẹn gặp lại ",
      expected: "Xin chào.  Hẹn gặp lại "),
    Removal(label: "only the disclosure", text: disclosure, expected: ""),
    Removal(
      label: "'trí tuệ nhân tạo' without a voice stays",
      text: "Tuyên truyền Luật Trí tuệ nhân tạo. Giọng đọc tổng hợp!",
      expected: "Tuyên truyền Luật Trí tuệ nhân tạo."),
  ]

  @Test("the disclosure sentences are removed from a frame text", arguments: removals)
  func removal(_ removal: Removal) {
    #expect(AIDisclosure.removingStatements(from: removal.text) == removal.expected)
  }
}
