import Foundation
import Testing

@Suite("loa check")
struct CheckCommandTests {
  @Test("a good schedule: summary on stdout, exit 0")
  func good() throws {
    let result = try PlanCLIRunner.run([
      "check", "--schedule", PlanCLIRunner.fixture("hai-hung-mini/schedule.yaml"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("Khung giờ (2):"))
    #expect(
      result.stdout.contains(
        "luat-ai: Tuyên truyền Luật Trí tuệ nhân tạo — 01/11/2026 đến 31/12/2026"))
    #expect(result.stdout.contains("Kịch bản: 7 tệp; thông báo: 1; ngày nghỉ: 7."))
    #expect(result.stdout.contains("Thời lượng phát 7 ngày tới:"))
    #expect(result.stdout.hasSuffix("Kết quả: không có lỗi, 0 cảnh báo.\n"))
  }

  @Test("a broken schedule: every problem as FILE:LINE:COL on stderr, sorted, exit 1")
  func broken() throws {
    let result = try PlanCLIRunner.run([
      "check", "--schedule", PlanCLIRunner.fixture("broken/schedule.yaml"),
    ])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 8)
    #expect(
      lines.allSatisfy { $0.range(of: #"^.+:\d+:\d+: lỗi: "#, options: .regularExpression) != nil })
    #expect(
      lines.first?.hasSuffix(
        "broken/schedule.yaml:7:31: lỗi: không tìm thấy tệp hoặc thư mục kịch bản 'scripts/missing.txt'"
      ) == true)
    #expect(
      lines.contains {
        $0.hasSuffix(
          "broken/scripts/latin1.txt:1:1: lỗi: tệp kịch bản không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8"
        )
      })
    #expect(result.stdout.hasSuffix("Kết quả: 8 lỗi, 0 cảnh báo.\n"))
  }

  @Test("a YAML syntax error is reported with its position")
  func syntax() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "loa-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("s.yaml")
    try "station: Đài\nslots: [ { id: sang\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try PlanCLIRunner.run(["check", "--schedule", file.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("s.yaml:3:1: lỗi: lỗi cú pháp YAML"))
  }
}

extension CheckCommandTests {
  @Test("warnings alone: listed on stderr, exit 0")
  func warningsOnly() throws {
    let result = try PlanCLIRunner.run([
      "check", "--schedule", PlanCLIRunner.fixture("warnings/schedule.yaml"),
    ])
    #expect(result.status == 0)
    #expect(
      result.stderr.hasSuffix(
        "warnings/schedule.yaml:5:11: cảnh báo: khung giờ 'toi' không có chiến dịch hay thông báo "
          + "nào: sẽ không bao giờ có chương trình\n"))
    #expect(result.stdout.contains("Không có chương trình (7 ngày tới): toi "))
    #expect(result.stdout.hasSuffix("Kết quả: không có lỗi, 1 cảnh báo.\n"))
  }
}

extension CheckCommandTests {
  @Test("the shipped schedule: only 'not approved' warnings, one per script, and a summary line")
  func shippedSchedule() throws {
    let schedule = PlanCLIRunner.testsDirectory.deletingLastPathComponent()
      .appendingPathComponent("schedules/hai-hung.yaml").path
    let result = try PlanCLIRunner.run(["check", "--schedule", schedule])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    let unapproved = lines.filter {
      $0.hasSuffix(
        ":1:1: cảnh báo: kịch bản chưa được duyệt: sau khi lãnh đạo xã duyệt, ghi tên người duyệt "
          + "vào dòng 'approved_by:' ở phần đầu bài")
    }
    #expect(unapproved.count == 15)
    // Near a campaign's end, "ends soon" warnings join them; nothing else may.
    let others = lines.filter { !unapproved.contains($0) && !$0.contains("cảnh báo: chiến dịch") }
    #expect(others.isEmpty, "\(others)")
    #expect(
      result.stdout.contains(
        "Chưa duyệt: 15/15 kịch bản chưa có người duyệt (approved_by); vẫn được phát vì lịch phát "
          + "không yêu cầu duyệt (require_approval: false)."))
    #expect(result.stdout.contains("Kết quả: không có lỗi, "))
  }
}
