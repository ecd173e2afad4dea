extension ScheduleValidator {
  /// Campaigns that can never air: every day of their range is an off day or has none of
  /// their slots. Their scripts are then never reachable either.
  func checkCampaignReach() -> [Diagnostic] {
    schedule.campaigns.compactMap { campaign in
      guard campaign.from <= campaign.until else { return nil }
      let slots = schedule.slots.filter { campaign.uses($0) }
      let last = min(campaign.until.dayNumber, campaign.from.dayNumber + 3660)
      let airs = (campaign.from.dayNumber...last).contains { number in
        let day = CalendarDay(dayNumber: number)
        return !schedule.isOffDay(day) && slots.contains { $0.airs(on: day) }
      }
      guard !airs else { return nil }
      return Diagnostic(
        campaign.location ?? scheduleStart, .warning,
        "chiến dịch '\(campaign.id)' không có buổi phát nào trong thời gian chạy: "
          + "các kịch bản của nó sẽ không bao giờ được phát")
    }
  }
}
