import Foundation
import Testing

/// `loa normalize` end to end: runs the built `loa` binary.
@Suite("loa normalize", .serialized)
struct NormalizeCommandTests {
  /// The package root, found from this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Runs `loa normalize arguments` in `directory` (the package root by default).
  static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = root) throws
    -> LoaProcess
  {
    try LoaProcess.run(["normalize"] + arguments, in: directory, input: Data((stdin ?? "").utf8))
  }

  @Test("text arguments are one line")
  func arguments() throws {
    let result = try Self.run(["UBND", "xã", "họp", "lúc", "19h30."])
    #expect(result.status == 0)
    #expect(result.stdout == "ủy ban nhân dân xã họp lúc mười chín giờ ba mươi phút.\n")
  }

  @Test("standard input: one output line per input line, voice picks the dialect")
  func standardInput() throws {
    let result = try Self.run(["--voice", "vi-vn-x-south"], stdin: "Số 105\n\nnăm 2026\n")
    #expect(result.status == 0)
    #expect(result.stdout == "Số một trăm lẻ năm\n\nnăm hai ngàn không trăm hai mươi sáu\n")
  }

  @Test("a whole script file keeps its line count")
  func scriptFile() throws {
    let script = Self.root.appendingPathComponent("scripts/luat-ai/01-luat-ai-co-hieu-luc.txt")
    let text = try String(contentsOf: script, encoding: .utf8)
    let result = try Self.run(["--file", script.path])
    #expect(result.status == 0)
    #expect(
      result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count
        == text.split(separator: "\n", omittingEmptySubsequences: false).count
        + (text.hasSuffix("\n") ? 0 : 1))
    #expect(!result.stdout.utf8.contains(where: { $0 >= 48 && $0 <= 57 }))
  }

  @Test("a missing file is one Vietnamese line and a non-zero exit")
  func missingFile() throws {
    let result = try Self.run(["--file", "/khong/co/tep.txt"])
    #expect(result.status == 1)
    #expect(result.stderr == "loa: không đọc được tệp '/khong/co/tep.txt'. Kiểm tra đường dẫn.\n")
  }

  @Test("lexicon lines override built-ins; bad lines are reported as FILE:LINE")
  func lexicon() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "loa-normalize-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("lex.tsv")
    try "# ok\nZalo\tGia lô\nsai dòng\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try Self.run(["--lexicon", file.path, "Zalo"])
    #expect(result.stdout == "Gia lô\n")
    #expect(result.stderr == "loa: \(file.path):3: thiếu dấu TAB giữa dạng viết và cách đọc\n")
    #expect(result.status == 1)
  }

  @Test("the default lexicon schedules/lexicon.tsv is used when present")
  func defaultLexicon() throws {
    let result = try Self.run(["VTV1"])
    #expect(result.status == 0)
    #expect(result.stdout == "vê tê vê một\n")
  }

  @Test("--explain: one table per input line, each chunk with its class and reading")
  func explain() throws {
    let input = "Gọi 113 lúc 6h30.\n\nQuyết định 367/QĐ-TTg, 2/3 số hộ.\n"
    let result = try Self.run(["--explain"], stdin: input)
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Dòng 1: Gọi 113 lúc 6h30.
          Gọi    từ          → Gọi
          113    điện thoại  → một một ba
          lúc    từ          → lúc
          6h30.  giờ         → sáu giờ ba mươi phút.
        Dòng 2: (trống)
        Dòng 3: Quyết định 367/QĐ-TTg, 2/3 số hộ.
          Quyết        từ       → Quyết
          định         từ       → định
          367/QĐ-TTg,  văn bản  → ba trăm sáu mươi bảy của thủ tướng chính phủ,
          2/3          phân số  → hai phần ba
          số           từ       → số
          hộ.          từ       → hộ.

        """)
  }
}
