import BroadcastPlan
import Testing

/// Every header key of a script and every header mistake, with its exact line and column.
@Suite("Script header keys")
struct ScriptHeaderTests {
  /// A script with `header`; without `title:` the body's first line is the title.
  static func parse(_ header: String, body: String = "Dòng đầu.\n\nNội dung.\n") -> ParsedScript {
    ScriptParser(path: "x.txt", file: "x.txt").parse("---\n" + header + "---\n" + body)
  }

  struct Problem: Sendable, CustomTestStringConvertible {
    let label: String
    let header: String
    /// The whole rendered diagnostic.
    let expected: String
    var testDescription: String { label }
  }

  static let problems: [Problem] = [
    Problem(
      label: "unknown key with a hint", header: "tittle: A\n",
      expected: "x.txt:2:1: lỗi: khoá không rõ 'tittle' trong phần đầu; có phải ý bạn là 'title'?"),
    Problem(
      label: "misspelt air", header: "ari: 2026-12-05 sang\n",
      expected: "x.txt:2:1: lỗi: khoá không rõ 'ari' trong phần đầu; có phải ý bạn là 'air'?"),
    Problem(
      label: "a line without a colon", header: "title A\n",
      expected: "x.txt:2:1: lỗi: dòng phần đầu phải có dạng 'khoá: giá trị'"),
    Problem(
      label: "a repeated key", header: "title: A\ntitle: B\n",
      expected: "x.txt:3:1: lỗi: khoá 'title' bị lặp lại trong phần đầu"),
    Problem(
      label: "a repeated priority",
      header: "air: 2026-12-05 sang\npriority: normal\npriority: emergency\n",
      expected: "x.txt:4:1: lỗi: khoá 'priority' bị lặp lại trong phần đầu"),
    Problem(
      label: "bad validity range", header: "valid: 2026-06-01...2026-12-31\n",
      expected:
        "x.txt:2:8: lỗi: thời hạn không hợp lệ '2026-06-01...2026-12-31' (cần dạng 2026-06-01..2026-12-31)"
    ),
    Problem(
      label: "air: a bad date", header: "title: A\nair: 2026-13-05 sang\n",
      expected:
        "x.txt:3:6: lỗi: ngày không hợp lệ '2026-13-05' ở 'air' (cần dạng YYYY-MM-DD, ví dụ 2026-12-05)"
    ),
    Problem(
      label: "air: a day-first date", header: "air: 05/12/2026 sang\n",
      expected:
        "x.txt:2:6: lỗi: ngày không hợp lệ '05/12/2026' ở 'air' (cần dạng YYYY-MM-DD, ví dụ 2026-12-05)"
    ),
    Problem(
      label: "air: no slot", header: "air: 2026-12-05\n",
      expected:
        "x.txt:2:6: lỗi: 'air' cần ngày và mã buổi phát cách nhau một dấu cách, ví dụ 'air: 2026-12-05 sang'"
    ),
    Problem(
      label: "air: three words", header: "air:   2026-12-05 sang chieu\n",
      expected:
        "x.txt:2:8: lỗi: 'air' cần ngày và mã buổi phát cách nhau một dấu cách, ví dụ 'air: 2026-12-05 sang'"
    ),
    Problem(
      label: "air: empty", header: "air:\n",
      expected:
        "x.txt:2:5: lỗi: 'air' cần ngày và mã buổi phát cách nhau một dấu cách, ví dụ 'air: 2026-12-05 sang'"
    ),
    Problem(
      label: "priority: unknown", header: "air: 2026-12-05 sang\npriority: urgent\n",
      expected:
        "x.txt:3:11: lỗi: mức ưu tiên không hợp lệ 'urgent' (chỉ có normal, priority, emergency)"),
    Problem(
      label: "priority: a typo gets a hint", header: "air: 2026-12-05 sang\npriority: emergncy\n",
      expected:
        "x.txt:3:11: lỗi: mức ưu tiên không hợp lệ 'emergncy' (chỉ có normal, priority, emergency); "
        + "có phải ý bạn là 'emergency'?"),
    Problem(
      label: "priority without air is a warning", header: "title: A\npriority: emergency\n",
      expected:
        "x.txt:3:1: cảnh báo: 'priority' chỉ có tác dụng cùng với dòng 'air:' (thông báo tự ghi "
        + "ngày phát); bài này không có dòng 'air:'"),
  ]

  @Test("each header mistake is one diagnostic at its line and column", arguments: problems)
  func problem(_ problem: Problem) {
    let parsed = Self.parse(problem.header)
    #expect(parsed.diagnostics.map(\.description) == [problem.expected])
  }

  struct Airing: Sendable, CustomTestStringConvertible {
    let label: String
    let header: String
    /// `DATE SLOT @ LINE:COL/LINE:COL` for each airing.
    let airings: [String]
    let priority: Priority
    var testDescription: String { label }
  }

  static let airings: [Airing] = [
    Airing(
      label: "one airing, default priority", header: "air: 2026-12-05 sang\n",
      airings: ["2026-12-05 sang @ 2:6/2:17"], priority: .normal),
    Airing(
      label: "two airings and a priority",
      header: "title: Họp\nair: 2026-12-11 chieu\nair: 2026-12-12 sang\npriority: priority\n",
      airings: ["2026-12-11 chieu @ 3:6/3:17", "2026-12-12 sang @ 4:6/4:17"], priority: .priority),
    Airing(
      label: "extra spaces move the columns",
      header: "air:   2026-12-05    sang\npriority: emergency\n",
      airings: ["2026-12-05 sang @ 2:8/2:22"], priority: .emergency),
    Airing(
      label: "no air line", header: "title: A\n", airings: [], priority: .normal),
  ]

  @Test("air and priority become the script's own airings", arguments: airings)
  func airing(_ testCase: Airing) throws {
    let parsed = Self.parse(testCase.header)
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
    let script = try #require(parsed.script)
    let found = script.airings.map {
      "\($0.date) \($0.slotID) @ \($0.location.line):\($0.location.column)/"
        + "\($0.slotLocation.line):\($0.slotLocation.column)"
    }
    #expect(found == testCase.airings)
    #expect(script.airingPriority == testCase.priority)
  }

  @Test("fields keep their keys, values and positions in file order")
  func fields() throws {
    let parsed = Self.parse(
      "title:  Họp thôn\napproved_by: Nguyễn Văn A\nvalid: 2026-12-01..2026-12-12\n"
        + "air: 2026-12-05 sang\npriority: emergency\n", body: "Nội dung.\n")
    #expect(parsed.diagnostics.isEmpty)
    #expect(parsed.fields.map(\.key) == ["title", "approved_by", "valid", "air", "priority"])
    #expect(parsed.field("title")?.value == "Họp thôn")
    #expect(parsed.field("title")?.valueLocation.description == "x.txt:2:9")
    #expect(parsed.field("approved_by")?.valueLocation.description == "x.txt:3:14")
    #expect(parsed.fields("air").map(\.keyLocation.description) == ["x.txt:5:1"])
    let script = try #require(parsed.script)
    #expect(script.title == "Họp thôn")
    #expect(script.approvedBy == "Nguyễn Văn A")
    #expect(
      script.validity.map { "\($0.lowerBound)..\($0.upperBound)" } == "2026-12-01..2026-12-12")
    #expect(parsed.hasHeader)
    #expect(parsed.bodyLine == 8)
    #expect(parsed.body == "Nội dung.\n")
  }

  @Test(
    "the body is the text after the header; without a header, the whole text",
    arguments: [
      ("header", "---\ntitle: A\n---\nCâu một.\n\nCâu hai.", "Câu một.\n\nCâu hai.", true, 4),
      ("no header", "Tiêu đề\nCâu một.", "Tiêu đề\nCâu một.", false, 1),
      ("unterminated header", "---\ntitle: A\nCâu.", "---\ntitle: A\nCâu.", true, 1),
      ("CRLF and BOM", "\u{FEFF}---\r\ntitle: A\r\n---\r\nCâu.\r\n", "Câu.\n", true, 4),
    ])
  func body(label: String, text: String, body: String, hasHeader: Bool, bodyLine: Int) {
    let parsed = ScriptParser(path: "x.txt", file: "x.txt").parse(text)
    #expect(parsed.body == body, "\(label)")
    #expect(parsed.hasHeader == hasHeader, "\(label)")
    #expect(parsed.bodyLine == bodyLine, "\(label)")
  }
}
