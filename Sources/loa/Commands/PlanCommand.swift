import ArgumentParser
import BroadcastPlan
import Foundation
import LoaStudio

/// `loa plan [--schedule F] [--from DATE] [--days N] [--format table|json|ics] [--out DIR]`: the upcoming
/// programs, by day and slot.
struct PlanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Xem lịch phát các ngày tới.",
    discussion: "Theo ngày và khung giờ: giờ bắt đầu, tiêu đề, chiến dịch, mức ưu tiên, thời lượng "
      + "của từng mục, độ đầy của chương trình và các bản tin bị bỏ ra.")

  @OptionGroup var scheduleOption: ScheduleOption
  @OptionGroup var lexiconOption: LexiconOption

  @Option(name: .long, help: "Ngày bắt đầu: YYYY-MM-DD, today hoặc tomorrow.")
  var from: String = "today"

  @Option(name: .long, help: "Số ngày.")
  var days: Int = 7

  @Option(name: .long, help: "Định dạng.")
  var format: PlanFormat = .table

  @Option(name: .long, help: "Thư mục kết quả của 'loa render' (thời lượng chính xác từ bộ đệm).")
  var out: String = "out"

  func validate() throws {
    guard (1...3660).contains(days) else { throw CommandError.dayCount(days) }
  }

  func run() async throws {
    let today = CommandClock.make().today()
    let start = try StationCalendar.resolve(from, today: today)
    let (studio, workspace) = try scheduleOption.open(
      out: out, lexicon: lexiconOption, today: today, showWarnings: false
    ) {
      PlanError.invalidSchedule(path: scheduleOption.path, errorCount: $0)
    }
    let plan = try studio.plan(workspace, from: start, through: start.adding(days: days - 1))
    print(format.render(plan), terminator: "")
  }
}
