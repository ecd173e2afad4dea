import ArgumentParser
import Foundation
import LoaStudio
import VietnameseText

/// `loa normalize`: prints the spoken form of a text, one output line per input line.
///
/// The text comes from the arguments, from `--file`, or from standard input, so a whole script
/// can be checked at once. The operator lexicon (`--lexicon`, else `lexicon.tsv` beside the
/// schedule, when present) overrides the built-in rules; its bad lines are listed on stderr as `FILE:LINE: …`.
struct NormalizeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "In cách đọc của văn bản (mỗi dòng vào cho đúng một dòng ra).",
    discussion: """
      Ví dụ: loa normalize "UBND xã họp lúc 19h30 ngày 12/12/2026."
             loa normalize --file scripts/luat-ai/01-luat-ai-co-hieu-luc.txt
             echo "Gọi 113" | loa normalize --voice vi-vn-x-south
             loa normalize --explain "Quyết định 367/QĐ-TTg"   (bảng: chữ viết, loại, cách đọc)
      """)

  @Argument(help: "Văn bản cần đọc (bỏ trống thì đọc từ --file hoặc đầu vào chuẩn).")
  var text: [String] = []

  @Option(name: .shortAndLong, help: "Tệp văn bản UTF-8 cần đọc.")
  var file: String?

  @Option(help: "Giọng đọc: vi, vi-vn-x-central, vi-vn-x-south (quyết định nghìn/ngàn, linh/lẻ).")
  var voice: String = "vi"

  @OptionGroup var scheduleOption: ScheduleOption
  @OptionGroup var lexiconOption: LexiconOption

  @Flag(help: "Giải thích từng dòng: mỗi cụm chữ, loại của nó và cách đọc.")
  var explain = false

  func run() async throws {
    let lexicon = lexiconOption.lexicon
    let path = LexiconFile.path(schedulePath: scheduleOption.path, override: lexicon)
    let lexiconFile =
      lexicon != nil || FileManager.default.fileExists(atPath: path)
      ? LexiconFile.load(path: path) : nil
    for issue in lexiconFile?.issues ?? [] { Terminal.error(issue.description) }
    if lexicon != nil, lexiconFile?.issues.contains(where: { $0.line == 0 }) == true {
      throw ExitCode(1)
    }
    let input = try readInput()
    let normalizer = Normalizer(
      dialect: Dialect(voiceName: voice), lexicon: lexiconFile?.lexicon ?? Lexicon())
    let spoken = explain ? Self.explanation(of: input, normalizer) : normalizer.normalize(input)
    FileHandle.standardOutput.write(Data((spoken.hasSuffix("\n") ? spoken : spoken + "\n").utf8))
    if lexiconFile?.issues.isEmpty == false { throw ExitCode(1) }
  }

  /// `--explain`: for each input line a heading, then one row per chunk: the written text, its
  /// class and its reading, in aligned columns.
  ///
  /// ```
  /// Dòng 1: Gọi 113.
  ///   Gọi   từ          → Gọi
  ///   113.  điện thoại  → một một ba.
  /// ```
  static func explanation(of text: String, _ normalizer: Normalizer) -> String {
    var output: [String] = []
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.count > 1, lines.last == "" { lines.removeLast() }
    for (number, line) in lines.enumerated() {
      let rows = normalizer.explain(String(line))
      output.append("Dòng \(number + 1): " + (rows.isEmpty ? "(trống)" : String(line)))
      let writtenWidth = rows.map(\.written.count).max() ?? 0
      let classWidth = rows.map(\.textClass.label.count).max() ?? 0
      for row in rows {
        let written = row.written.padding(toLength: writtenWidth, withPad: " ", startingAt: 0)
        let label = row.textClass.label.padding(toLength: classWidth, withPad: " ", startingAt: 0)
        output.append("  \(written)  \(label)  → \(row.spoken)")
      }
    }
    return output.joined(separator: "\n")
  }

  /// The arguments, the file, or standard input, as text.
  private func readInput() throws -> String {
    if !text.isEmpty {
      guard file == nil else {
        throw ValidationError(
          "Chỉ dùng một nguồn: văn bản trên dòng lệnh hoặc --file, không cả hai.")
      }
      return text.joined(separator: " ")
    }
    let data: Data
    let source: String
    if let file, file != "-" {
      guard let contents = FileManager.default.contents(atPath: file) else {
        Terminal.error("không đọc được tệp '\(file)'. Kiểm tra đường dẫn.")
        throw ExitCode(1)
      }
      data = contents
      source = file
    } else {
      data = FileHandle.standardInput.readDataToEndOfFile()
      source = "đầu vào chuẩn"
    }
    guard let string = String(data: data, encoding: .utf8) else {
      Terminal.error("\(source) không phải văn bản UTF-8 hợp lệ.")
      throw ExitCode(1)
    }
    return string
  }
}
