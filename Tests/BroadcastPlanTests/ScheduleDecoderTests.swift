import BroadcastPlan
import Testing

@Suite("Schedule decoder")
struct ScheduleDecoderTests {
  /// The example of the design guide, verbatim.
  static let designExample = """
    station: Đài truyền thanh xã Hải Hưng
    voice: { name: vi, rate: 150 }          # vi | vi-vn-x-central | vi-vn-x-south; rate in words/min
    audio: { sample_rate: 22050, loudness: -16, format: wav, intro: chime, gap: 1.5 }
    opening: "Đài truyền thanh xã Hải Hưng xin kính chào bà con. Hôm nay, {weekday} ngày {date}."
    closing: "Bản tin được đọc bằng giọng nói tổng hợp. Xin cảm ơn bà con đã chú ý lắng nghe."
    slots:
      - { id: sang,  name: Bản tin sáng,  at: "06:00", days: daily,    length: 15m }
      - { id: chieu, name: Bản tin chiều, at: "17:00", days: [t2, t4, t6], length: 10m }
    campaigns:
      - id: luat-ai
        title: Tuyên truyền Luật Trí tuệ nhân tạo
        scripts: ../scripts/luat-ai          # folder or list of files, relative to this file
        from: 2026-06-01
        until: 2026-12-31
        per_day: 2                           # bulletins per broadcast day, spread over its slots
        slots: [sang, chieu]                 # optional; default: every slot
        priority: normal                     # normal | priority | emergency
    announcements:                           # one-off items
      - { date: 2026-12-05, slot: sang, script: ../scripts/thong-bao/hop-thon.txt, priority: emergency }
    off_days: [2027-02-16, { from: 2027-02-14, until: 2027-02-20 }]
    """

  @Test("the design guide's example decodes without a problem")
  func designExample() throws {
    let decoded = ScheduleDecoder(file: "s.yaml").decode(Self.designExample)
    #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
    let schedule = try #require(decoded.schedule)
    #expect(schedule.voice == VoiceSpec(name: "vi", rate: 150))
    #expect(schedule.audio == AudioSettings())
    #expect(schedule.slots.map(\.id) == ["sang", "chieu"])
    #expect(schedule.slots[1].days == [.monday, .wednesday, .friday])
    #expect(schedule.slots[0].lengthSeconds == 900)
    let campaign = try #require(schedule.campaigns.first)
    #expect(campaign.perDay == 2)
    #expect(campaign.slotIDs == ["sang", "chieu"])
    #expect(campaign.scripts.map(\.path) == ["../scripts/luat-ai"])
    #expect(schedule.announcements.first?.priority == .emergency)
    #expect(schedule.offDays.count == 2)
    #expect(schedule.isOffDay(Fixtures.day("2027-02-18")))
    #expect(!schedule.isOffDay(Fixtures.day("2027-02-21")))
  }

  @Test(
    "durations",
    arguments: [
      ("15m", 900), ("90s", 90), ("1h", 3600), ("1h30m", 5400), ("1h30m15s", 5415),
      ("10 phút", nil), ("0m", nil), ("15", nil), ("m15", nil), ("30m1h", nil), ("", nil),
    ] as [(String, Int?)])
  func durations(text: String, seconds: Int?) throws {
    let yaml = "station: Đài\nslots:\n  - { id: a, at: \"06:00\", length: \"\(text)\" }\n"
    let decoded = ScheduleDecoder(file: "s.yaml").decode(yaml)
    #expect(decoded.schedule?.slots.first?.lengthSeconds == seconds)
    #expect(decoded.diagnostics.isEmpty == (seconds != nil))
  }

  @Test(
    "times",
    arguments: [
      ("06:00", 360), ("6:05", 365), ("23:59", 1439), ("25:00", nil), ("06:60", nil),
      ("6h", nil), ("0600", nil),
    ] as [(String, Int?)])
  func times(text: String, minutes: Int?) {
    #expect(TimeOfDay.parse(text)?.minutes == minutes)
  }

  @Test(
    "day sets",
    arguments: [
      ("daily", 7), ("weekdays", 5), ("weekends", 2), ("[t2, t4, t6]", 3), ("[mon, sun]", 2),
      ("[cn]", 1),
    ])
  func days(text: String, count: Int) {
    let yaml = "station: Đài\nslots:\n  - { id: a, at: \"06:00\", length: 5m, days: \(text) }\n"
    let decoded = ScheduleDecoder(file: "s.yaml").decode(yaml)
    #expect(decoded.schedule?.slots.first?.days.count == count)
  }

  @Test("priorities have Vietnamese names and an order")
  func priorities() {
    #expect(Priority.allCases.map(\.displayName) == ["thường", "ưu tiên", "khẩn cấp"])
    #expect(Priority.normal < .priority && Priority.priority < .emergency)
  }

  @Test("an empty file is one error at 1:1")
  func emptyFile() {
    let decoded = ScheduleDecoder(file: "s.yaml").decode("")
    #expect(decoded.diagnostics.map(\.description) == ["s.yaml:1:1: lỗi: tệp lịch phát trống"])
  }
}
