import ArgumentParser
import BroadcastPlan
import Foundation
import LoaStudio

/// `loa check [--schedule F] [--lexicon F] [--no-pronunciation] [--fix-lexicon]`: validates the
/// schedule and its scripts, and how espeak-ng will read them; prints every problem as
/// `FILE:LINE:COL: …` on stderr, then a short summary; exits 0 only without errors.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Kiểm tra lịch phát và các kịch bản.",
    discussion: """
      Liệt kê mọi lỗi dạng TỆP:DÒNG:CỘT, rồi tóm tắt khung giờ, chiến dịch và kịch bản. \
      Từ nào espeak-ng sẽ đọc bằng giọng nước ngoài, đánh vần, hoặc được đoán cách đọc thì \
      được cảnh báo kèm một dòng gợi ý cho từ điển phát âm.
      """)

  @OptionGroup var scheduleOption: ScheduleOption
  @OptionGroup var lexiconOption: LexiconOption

  @Flag(name: .long, help: "Không kiểm tra cách espeak-ng đọc các từ.")
  var noPronunciation = false

  @Flag(
    name: .long,
    help: "Ghi các dòng gợi ý (dạng ghi chú #) vào cuối từ điển phát âm đang dùng.")
  var fixLexicon = false

  func validate() throws {
    if noPronunciation && fixLexicon {
      throw ValidationError("--fix-lexicon cần kiểm tra phát âm; bỏ --no-pronunciation.")
    }
  }

  func run() async throws {
    let today = CommandClock.make().today()
    let studio = scheduleOption.studio(out: "out", lexicon: lexiconOption)
    let workspace = try studio.load(today: today, pronunciation: !noPronunciation)
    let diagnostics = workspace.diagnostics.sortedByPosition(
      scheduleFirst: workspace.schedule?.file ?? scheduleOption.path)
    if !diagnostics.isEmpty {
      Terminal.errorRaw(diagnostics.map { "\($0)\n" }.joined())
    }
    var summary = CheckSummaryRenderer().render(
      workspace.loaded, diagnostics: diagnostics, today: today)
    if !noPronunciation {
      let count = diagnostics.filter(PronunciationFinding.isPronunciation).count
      var line =
        count == 0
        ? "Phát âm: mọi từ đều được đọc bằng giọng tiếng Việt."
        : "Phát âm: \(count) từ cần xem lại (loa check --fix-lexicon ghi gợi ý vào từ điển)."
      if fixLexicon {
        let findings = PronunciationCheck(
          lexicon: workspace.lexicon, voiceName: workspace.schedule?.voice.name ?? "vi"
        ).findings(for: workspace.loaded)
        let added = try LexiconFix(path: studio.lexiconPath).append(findings.map(\.lexiconLine))
        line += "\nĐã thêm \(added.count) dòng gợi ý (dạng ghi chú #) vào \(studio.lexiconPath)."
      }
      summary = Self.inserting(line, beforeLastLineOf: summary)
    }
    print(summary, terminator: "")
    if diagnostics.hasErrors { throw ExitCode.failure }
  }

  /// `summary` with `line` put before its last line (the "Kết quả" count).
  static func inserting(_ line: String, beforeLastLineOf summary: String) -> String {
    var lines = summary.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    lines.insert(line, at: max(0, lines.count - 1))
    return lines.joined(separator: "\n") + "\n"
  }
}
