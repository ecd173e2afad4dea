import BroadcastPlan
import Testing

/// AI Law Art. 11: the opening or the closing must say the voice is AI-generated whenever an
/// item is synthesised.
@Suite("AI-voice disclosure")
struct DisclosureRuleTests {
  static let message =
    "cảnh báo: lời mở đầu và lời kết đều không nói bản tin được đọc bằng giọng nói do trí tuệ "
    + "nhân tạo tạo ra (Luật Trí tuệ nhân tạo, Điều 11); thêm vào lời mở đầu, ví dụ: 'Các bản "
    + "tin sau đây được đọc bằng giọng nói do trí tuệ nhân tạo tạo ra.'"
  static let silentOpening = "opening: \"Hôm nay, {weekday} ngày {date}.\"\n"
  static let silentClosing = "closing: \"Xin cảm ơn bà con đã chú ý lắng nghe.\"\n"

  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    /// Lines put before the slots (opening / closing).
    let texts: String
    var recording: String? = nil
    var airsRecordings = false
    /// `LINE:COL` of the warning, or `nil` for none.
    let at: String?
    var testDescription: String { label }
  }

  static let cases: [Case] = [
    Case(
      label: "neither says it: a warning at the opening", texts: silentOpening + silentClosing,
      at: "1:10"),
    Case(
      label: "only a silent closing is written: the default opening says it",
      texts: silentClosing, at: nil),
    Case(
      label: "opening says it (AI Law wording)",
      texts:
        "opening: \"Hôm nay, {weekday}. Các bản tin sau đây được đọc bằng giọng nói do trí tuệ "
        + "nhân tạo tạo ra.\"\n" + silentClosing, at: nil),
    Case(
      label: "closing says it (plural wording)",
      texts: silentOpening
        + "closing: \"Các bản tin trên được đọc bằng giọng nói do trí tuệ nhân tạo tạo ra.\"\n",
      at: nil),
    Case(
      label: "the older wording 'giọng nói tổng hợp' counts",
      texts: silentOpening + "closing: \"Bản tin được đọc bằng giọng nói tổng hợp.\"\n", at: nil),
    Case(
      label: "'trí tuệ nhân tạo' without a voice does not count",
      texts: "opening: \"Hôm nay tuyên truyền Luật Trí tuệ nhân tạo.\"\n" + silentClosing,
      at: "1:10"),
    Case(
      label: "defaults: both say it", texts: "", at: nil),
    Case(
      label: "a recording beside the script, not aired yet: still synthesised",
      texts: silentOpening + silentClosing, recording: "a.wav", at: "1:10"),
    Case(
      label: "a recording aired instead of synthesis: nothing synthesised, no warning",
      texts: silentOpening + silentClosing, recording: "a.wav", airsRecordings: true, at: nil),
    Case(
      label: "recordings aired but this script has none: warning",
      texts: silentOpening + silentClosing, airsRecordings: true, at: "1:10"),
  ]

  @Test("warns when no frame text discloses the AI voice", arguments: cases)
  func disclosure(_ testCase: Case) {
    let yaml = testCase.texts + ValidationRuleTests.header + ValidationRuleTests.campaign
    let decoded = ScheduleDecoder(file: "s.yaml").decode(yaml)
    var script = Fixtures.script("a.txt", words: 40)
    script.recording = testCase.recording
    let library = ScriptLibrary(
      scripts: ["a.txt": script], campaignScripts: ["luat-ai": ["a.txt"]])
    let loaded = LoadedSchedule(
      schedule: decoded.schedule, scripts: library, diagnostics: decoded.diagnostics)
    let found = loaded.check(today: nil, airsRecordings: testCase.airsRecordings)
      .filter { $0.message.contains("Điều 11") }.map(\.description)
    #expect(found == (testCase.at.map { ["s.yaml:\($0): \(Self.message)"] } ?? []))
  }

  @Test("no scripts at all: nothing is synthesised, no warning")
  func noItems() {
    let yaml = Self.silentOpening + Self.silentClosing + ValidationRuleTests.header
    let found = Fixtures.diagnose(yaml).filter { $0.message.contains("Điều 11") }
    #expect(found.isEmpty)
  }
}
