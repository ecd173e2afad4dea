import Foundation
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

/// `voice: { name, rate, pitch, range, word_gap, variant }`: every field decoded, every mistake
/// reported at its line and column.
@Suite("Schedule decoder: voice")
struct ScheduleVoiceTests {
  static func decode(_ voice: String) -> (VoiceSpec?, [String]) {
    let text = """
      station: X
      \(voice)
      slots:
        - { id: sang, name: Sáng, at: "06:00", days: daily, length: 15m }
      """
    let decoded = ScheduleDecoder(file: "s.yaml").decode(text)
    return (decoded.schedule?.voice, decoded.diagnostics.map(\.description))
  }

  @Test("every voice setting is read")
  func allFields() {
    let (voice, problems) = Self.decode(
      "voice: { name: vi-vn-x-south, rate: 140, pitch: 60, range: 80, word_gap: 3, variant: f2 }")
    #expect(problems.isEmpty, "\(problems)")
    #expect(
      voice
        == VoiceSpec(
          name: "vi-vn-x-south", rate: 140, pitch: 60, range: 80, wordGap: 3, variant: "f2"))
  }

  @Test("omitted fields keep the defaults; variant none is the voice as installed")
  func defaults() {
    let (voice, problems) = Self.decode("voice: { name: vi, variant: none }")
    #expect(problems.isEmpty, "\(problems)")
    #expect(voice?.rate == VoiceSpec.defaultRate)
    #expect(voice?.range == VoiceSpec.defaultRange)
    #expect(voice?.wordGap == VoiceSpec.defaultWordGap)
    #expect(voice?.variant == nil)
    #expect(Self.decode("voice: { name: vi }").0 == VoiceSpec())
  }

  @Test(
    "each bad voice setting is one error at its FILE:LINE:COL",
    arguments: [
      (
        "voice: { name: vi, pitch: 101 }",
        "s.yaml:2:27: lỗi: 'pitch' phải từ 0 đến 100, không phải 101"
      ),
      (
        "voice: { name: vi, range: -5 }",
        "s.yaml:2:27: lỗi: 'range' phải từ 0 đến 100, không phải -5"
      ),
      (
        "voice: { name: vi, word_gap: nhanh }",
        "s.yaml:2:30: lỗi: 'word_gap' phải là một số nguyên, không phải 'nhanh'"
      ),
      (
        "voice: { name: vi, variant: f9 }",
        "s.yaml:2:29: lỗi: biến thể giọng không rõ 'f9' (có: none, loa, f1…f5, m1…m8, "
          + "klatt…klatt6, …); có phải ý bạn là 'f1'?"
      ),
      (
        "voice: { name: vi, wordgap: 3 }",
        "s.yaml:2:20: lỗi: khoá không rõ 'wordgap' trong voice; có phải ý bạn là 'word_gap'?"
      ),
    ])
  func badSetting(voice: String, message: String) {
    #expect(Self.decode(voice).1 == [message])
  }

  @Test("every named variant exists: the project's own, or in espeak-ng's data")
  func variantsExist() {
    let system = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/share"]
      .map { $0 + "/espeak-ng-data/voices/!v" }
      .first { FileManager.default.fileExists(atPath: $0) }
    guard let system else { return }
    for name in VoiceSpec.espeakVariants {
      #expect(FileManager.default.fileExists(atPath: system + "/" + name), "\(name)")
    }
  }
}
