import ArgumentParser
import BroadcastPlan
import Foundation
import LoaStudio

/// `loa render [--schedule F] [--date DATE] [--days N] [--out DIR] [--jobs N]`: the day's finished audio.
struct RenderCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Tạo tệp âm thanh cho các chương trình phát thanh.",
    discussion: """
      Mỗi chương trình thành một tệp out/NGÀY/GIỜPHÚT-KHUNGGIỜ.wav (nhạc hiệu, lời chào, các bản tin, \
      lời kết), kèm playlist.m3u và manifest.json. Chương trình không đổi thì không tạo lại.
      """)

  @OptionGroup var scheduleOption: ScheduleOption
  @OptionGroup var lexiconOption: LexiconOption
  @OptionGroup var jobsOption: JobsOption

  @Option(name: .long, help: "Ngày đầu tiên: YYYY-MM-DD, today hoặc tomorrow.")
  var date: String = "today"

  @Option(name: .long, help: "Số ngày.")
  var days: Int = 1

  @Option(name: .long, help: "Thư mục kết quả.")
  var out: String = "out"

  func validate() throws {
    guard (1...3660).contains(days) else { throw CommandError.dayCount(days) }
  }

  func run() async throws {
    let now = CommandClock.make().now()
    let today = now.day
    let start = try StationCalendar.resolve(date, today: today)
    let (studio, workspace) = try scheduleOption.open(
      out: out, lexicon: lexiconOption, today: today, showWarnings: true
    ) {
      StudioError.scheduleInvalid(errorCount: $0)
    }
    let bar = ProgressBar()
    let pool = jobsOption.makePool()
    defer { JobsOption.finish(pool) }
    let summary = try studio.render(
      workspace, from: start, through: start.adding(days: days - 1), now: now, pool: pool,
      progress: bar.show)
    print(Self.describe(summary))
  }

  /// The closing lines: what was made, where, and the total airtime.
  static func describe(_ summary: RenderSummary) -> String {
    var lines: [String] = []
    let total = summary.rendered + summary.unchanged
    lines.append(
      "Xong: \(total) chương trình (\(summary.rendered) tạo mới, \(summary.unchanged) không đổi), "
        + "\(summary.synthesized) đoạn đọc mới được tổng hợp.")
    for folder in summary.dayFolders { lines.append("  \(folder.path)") }
    if !summary.emptyDays.isEmpty {
      lines.append("Không có chương trình: " + summary.emptyDays.joined(separator: ", ") + ".")
    }
    lines.append("Tổng thời lượng phát: \(ClockText.duration(summary.airtimeSeconds)).")
    return lines.joined(separator: "\n")
  }
}
