import BroadcastPlan
import Testing

@Suite("Script parser")
struct ScriptParserTests {
  @Test(
    "title, approval, validity and paragraphs",
    arguments: [
      (
        "header",
        "---\ntitle: Tiêu đề\napproved_by: Ông A\nvalid: 2026-06-01..2026-12-31\n---\nCâu một.\nCâu hai.\n\nĐoạn hai.\n",
        "Tiêu đề", "Ông A", true, ["Câu một. Câu hai.", "Đoạn hai."]
      ),
      (
        "no header", "Tiêu đề dòng đầu\n\nĐoạn một.\n", "Tiêu đề dòng đầu", nil, false,
        ["Đoạn một."]
      ),
      ("CRLF and BOM", "\u{FEFF}Tiêu đề\r\nNội dung.\r\n", "Tiêu đề", nil, false, ["Nội dung."]),
    ] as [(String, String, String, String?, Bool, [String])])
  func parses(
    label: String, text: String, title: String, approvedBy: String?, hasValidity: Bool,
    paragraphs: [String]
  ) throws {
    let parsed = ScriptParser(path: "x.txt", file: "x.txt").parse(text)
    let script = try #require(parsed.script, "\(label)")
    #expect(parsed.diagnostics.isEmpty, "\(label)")
    #expect(script.title == title)
    #expect(script.approvedBy == approvedBy)
    #expect((script.validity != nil) == hasValidity)
    #expect(script.paragraphs == paragraphs)
    #expect(script.body == paragraphs.joined(separator: "\n\n"))
  }

  @Test("an unterminated header is an error at line 1")
  func unterminated() {
    let parsed = ScriptParser(path: "x.txt", file: "x.txt").parse("---\ntitle: A\nNội dung.\n")
    #expect(parsed.script == nil)
    #expect(
      parsed.diagnostics.map(\.description) == [
        "x.txt:1:1: lỗi: phần đầu '---' không có dòng '---' kết thúc"
      ])
  }

  @Test("a title without body is an error")
  func noBody() {
    let parsed = ScriptParser(path: "x.txt", file: "x.txt").parse("Chỉ có tiêu đề\n\n")
    #expect(parsed.script == nil)
    #expect(parsed.diagnostics.first?.message == "tệp kịch bản không có nội dung để đọc")
  }
}
