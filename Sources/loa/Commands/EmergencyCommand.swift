import ArgumentParser
import BroadcastPlan
import Foundation
import LoaAir
import LoaStudio

/// `loa emergency [TEXT...] [--file F]`: renders an emergency announcement and hands it to the
/// running `loa air`, which interrupts the current program within a second.
struct EmergencyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "emergency",
    abstract: "Phát ngay một thông báo khẩn (ngắt chương trình đang phát).")

  @Argument(help: "Nội dung thông báo.")
  var text: [String] = []

  @Option(name: .long, help: "Tệp văn bản UTF-8 chứa nội dung thông báo.")
  var file: String?

  @OptionGroup var scheduleOption: ScheduleOption
  @OptionGroup var lexiconOption: LexiconOption

  @Option(name: .long, help: "Thư mục kết quả.")
  var out: String = "out"

  func run() async throws {
    let message: String
    if let file {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw StudioError.unreadableText(path: file)
      }
      guard let decoded = String(data: data, encoding: .utf8) else {
        throw StudioError.invalidUTF8(offset: 0, source: file)
      }
      message = decoded
    } else {
      message = text.joined(separator: " ")
    }
    let clock = CommandClock.make()
    let (studio, workspace) = try scheduleOption.open(
      out: out, lexicon: lexiconOption, today: clock.today(), showWarnings: false
    ) { StudioError.scheduleInvalid(errorCount: $0) }
    let item = try EmergencyQueue(output: studio.output).submit(
      text: message, studio: studio, workspace: workspace, now: clock.now())
    if PlayerClaim.runningPlayer(studio.output) == nil {
      Terminal.error(
        "chưa có 'loa air' nào đang chạy trên '\(out)': thông báo được giữ trong hàng đợi 30 phút.")
      throw ExitCode(3)
    }
    print("Đã chuyển thông báo khẩn cho 'loa air' (\(Int(item.seconds.rounded())) giây).")
  }
}
