import BroadcastPlan
import Testing

/// Approval is the commune's to give: a script without `approved_by` is a warning, or an error
/// when the schedule says `require_approval: true`; `loa check`'s summary counts them.
@Suite("Approval")
struct ApprovalRuleTests {
  static let yaml = ValidationRuleTests.header + ValidationRuleTests.campaign
  static let warning =
    "a.txt:1:1: cảnh báo: kịch bản chưa được duyệt: sau khi lãnh đạo xã duyệt, ghi tên người "
    + "duyệt vào dòng 'approved_by:' ở phần đầu bài"
  static let error =
    "a.txt:1:1: lỗi: kịch bản chưa có người duyệt (approved_by) mà lịch phát yêu cầu duyệt "
    + "(require_approval: true)"

  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let requireApproval: Bool
    let approvedBy: String?
    let expected: [String]
    let summary: String?
    var testDescription: String { label }
  }

  static let cases: [Case] = [
    Case(
      label: "not approved, approval not required: one warning at the script",
      requireApproval: false, approvedBy: nil, expected: [warning],
      summary:
        "Chưa duyệt: 1/1 kịch bản chưa có người duyệt (approved_by); vẫn được phát vì lịch phát "
        + "không yêu cầu duyệt (require_approval: false)."),
    Case(
      label: "not approved, approval required: one error at the script", requireApproval: true,
      approvedBy: nil, expected: [error],
      summary:
        "Chưa duyệt: 1/1 kịch bản chưa có người duyệt (approved_by); lịch phát yêu cầu duyệt "
        + "(require_approval: true) nên chưa thể phát."),
    Case(
      label: "approved, approval required: nothing", requireApproval: true,
      approvedBy: "Nguyễn Văn A", expected: [], summary: nil),
    Case(
      label: "approved, approval not required: nothing", requireApproval: false,
      approvedBy: "Nguyễn Văn A", expected: [], summary: nil),
  ]

  static func loaded(_ testCase: Case) -> LoadedSchedule {
    let yaml = (testCase.requireApproval ? "require_approval: true\n" : "") + Self.yaml
    let decoded = ScheduleDecoder(file: "s.yaml").decode(yaml)
    let script = Fixtures.script("a.txt", words: 40, approvedBy: testCase.approvedBy)
    let library = ScriptLibrary(
      scripts: ["a.txt": script], campaignScripts: ["luat-ai": ["a.txt"]])
    return LoadedSchedule(
      schedule: decoded.schedule, scripts: library, diagnostics: decoded.diagnostics)
  }

  @Test("one diagnostic per unapproved script, at the script", arguments: cases)
  func diagnostics(_ testCase: Case) {
    let found = Self.loaded(testCase).check(today: nil).map(\.description)
    #expect(found == testCase.expected)
  }

  @Test("the check summary says how many scripts are not approved", arguments: cases)
  func summary(_ testCase: Case) {
    let loaded = Self.loaded(testCase)
    let diagnostics = loaded.check(today: nil)
    let text = CheckSummaryRenderer().render(
      loaded, diagnostics: diagnostics, today: Fixtures.day("2026-12-01"))
    let line = text.split(separator: "\n").first { $0.hasPrefix("Chưa duyệt:") }.map(String.init)
    #expect(line == testCase.summary)
  }
}
