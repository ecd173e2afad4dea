import ArgumentParser
import BroadcastPlan
import Foundation
import LoaStudio

/// `loa report [--month YYYY-MM | --from D --to D] [--format md|csv|json] [--out DIR]`: what
/// went on air, for the commune People's Committee.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Báo cáo kết quả phát thanh theo kỳ.",
    discussion: """
      Theo chiến dịch: số lần phát, số bản tin, số phút; theo khung giờ; các thông báo khẩn cấp. \
      Chương trình sau hôm nay được ghi là "đã lên lịch". Mặc định: tháng này.
      """)

  @OptionGroup var scheduleOption: ScheduleOption

  @Option(name: .long, help: "Tháng báo cáo: YYYY-MM.")
  var month: String?

  @Option(name: .long, help: "Từ ngày (YYYY-MM-DD, today, tomorrow).")
  var from: String?

  @Option(name: .long, help: "Đến ngày (YYYY-MM-DD, today, tomorrow).")
  var to: String?

  @Option(name: .long, help: "Định dạng.")
  var format: ReportFormat = .md

  @Option(name: .long, help: "Thư mục kết quả của 'loa render' (chứa loa.sqlite).")
  var out: String = "out"

  @Option(name: [.short, .customLong("output")], help: "Ghi báo cáo vào tệp này thay vì in ra.")
  var output: String?

  func run() async throws {
    let today = CommandClock.make().today()
    let (start, end) = try period(today: today)
    let path = scheduleOption.path
    let schedule = (try? ScheduleLoader().load(path: path))?.schedule
    let station = schedule?.station ?? "Đài truyền thanh"
    let studio = Studio(schedulePath: path, outputDirectory: URL(fileURLWithPath: out))
    let report = try studio.report(
      from: start, through: end, today: today, air: schedule?.air ?? AirSettings())
    let text = format.render(report, station: station)
    if let output {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw StudioError.outputUnwritable(path: output, reason: "không ghi được tệp báo cáo")
      }
      print("Đã ghi báo cáo vào \(output).")
    } else {
      print(text, terminator: "")
    }
  }

  func validate() throws {
    if month != nil, from != nil || to != nil { throw CommandError.monthAndRange }
    if (from == nil) != (to == nil) { throw CommandError.halfRange }
  }

  /// The report period from `--month` or `--from/--to` (default: this month).
  private func period(today: CalendarDay) throws -> (CalendarDay, CalendarDay) {
    if month != nil, from != nil || to != nil { throw CommandError.monthAndRange }
    if let from, let to {
      return (
        try StationCalendar.resolve(from, today: today),
        try StationCalendar.resolve(to, today: today)
      )
    }
    if from != nil || to != nil { throw CommandError.halfRange }
    let text = month ?? String(today.description.prefix(7))
    guard let first = CalendarDay.parse(text + "-01") else { throw CommandError.month(text) }
    let next =
      first.month == 12
      ? CalendarDay(year: first.year + 1, month: 1, day: 1)!
      : CalendarDay(year: first.year, month: first.month + 1, day: 1)!
    return (first, next.adding(days: -1))
  }
}
