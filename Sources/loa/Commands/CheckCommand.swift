import ArgumentParser
import BroadcastPlan
import Foundation
import LoaStudio

/// `loa check [--schedule F]`: validates the schedule and its scripts, prints every problem as
/// `FILE:LINE:COL: …` on stderr, then a short summary; exits 0 only without errors.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Kiểm tra lịch phát và các kịch bản.",
    discussion: "Liệt kê mọi lỗi dạng TỆP:DÒNG:CỘT, rồi tóm tắt khung giờ, chiến dịch và kịch bản.")

  @OptionGroup var scheduleOption: ScheduleOption

  func run() async throws {
    let path = scheduleOption.path
    let today = CommandClock.make().today()
    let loaded = try ScheduleLoader().load(path: path)
    let diagnostics = loaded.check(today: today)
    if !diagnostics.isEmpty {
      Terminal.errorRaw(diagnostics.map { "\($0)\n" }.joined())
    }
    print(
      CheckSummaryRenderer().render(loaded, diagnostics: diagnostics, today: today), terminator: "")
    if diagnostics.hasErrors { throw ExitCode.failure }
  }
}
