import BroadcastPlan

/// The report period from `month` (`YYYY-MM`) or `from`/`to`, as `loa report` resolves it
/// (default: this month).
enum ReportPeriod {
  static func resolve(month: String?, from: String?, to: String?, today: CalendarDay) throws
    -> (CalendarDay, CalendarDay)
  {
    let month = month.flatMap { $0.isEmpty ? nil : $0 }
    let from = from.flatMap { $0.isEmpty ? nil : $0 }
    let to = to.flatMap { $0.isEmpty ? nil : $0 }
    if month != nil, from != nil || to != nil {
      throw PageError.badRequest("dùng tháng hoặc khoảng từ ngày – đến ngày, không dùng cả hai.")
    }
    if let from, let to {
      do {
        let start = try StationCalendar.resolve(from, today: today)
        let end = try StationCalendar.resolve(to, today: today)
        guard start <= end else {
          throw PageError.badRequest("ngày bắt đầu \(start) sau ngày kết thúc \(end).")
        }
        return (start, end)
      } catch let error as PlanError {
        throw PageError.badRequest(error.description)
      }
    }
    if from != nil || to != nil {
      throw PageError.badRequest("cần cả ngày bắt đầu và ngày kết thúc.")
    }
    let text = month ?? String(today.description.prefix(7))
    guard text.count == 7, let first = CalendarDay.parse(text + "-01") else {
      throw PageError.badRequest("tháng '\(text)' không hợp lệ; viết dạng YYYY-MM, ví dụ 2026-12.")
    }
    let next =
      first.month == 12
      ? CalendarDay(year: first.year + 1, month: 1, day: 1)!
      : CalendarDay(year: first.year, month: first.month + 1, day: 1)!
    return (first, next.adding(days: -1))
  }
}
