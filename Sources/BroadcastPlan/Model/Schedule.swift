/// A station's schedule: everything `schedules/*.yaml` says.
public struct Schedule: Sendable, Hashable {
  /// The schedule file as the operator named it (diagnostics point here).
  public var file: String
  /// The station name, substituted for `{station}`.
  public var station: String
  /// The voice.
  public var voice: VoiceSpec
  /// Audio settings.
  public var audio: AudioSettings
  /// The opening text, with `{station}`, `{weekday}` and `{date}` placeholders.
  public var opening: String
  /// The closing text (same placeholders); it carries the AI-voice disclosure.
  public var closing: String
  /// How the station goes on air (`air:`).
  public var air = AirSettings()
  /// Where `opening` was written (`nil`: the default opening).
  public var openingLocation: SourceLocation?
  /// Where `closing` was written (`nil`: the default closing).
  public var closingLocation: SourceLocation?
  /// Slots in file order.
  public var slots: [Slot]
  /// Campaigns in file order (their order breaks priority ties).
  public var campaigns: [Campaign]
  /// One-off announcements: the schedule's own, then (after loading) those the scripts in
  /// the announcement folder carry in their headers (`air:`).
  public var announcements: [Announcement]
  /// The folder whose scripts may carry their own airings (`announcement_folder`), relative to
  /// the schedule; `nil` means ``defaultAnnouncementFolder``.
  public var announcementFolder: ScriptSource?
  /// Days without broadcasts.
  public var offDays: [OffDay]
  /// Read each bulletin's title before its body.
  public var announceTitles: Bool
  /// Every script must carry `approved_by`.
  public var requireApproval: Bool

  /// Creates a schedule.
  public init(
    file: String = "schedule.yaml", station: String, voice: VoiceSpec = VoiceSpec(),
    audio: AudioSettings = AudioSettings(), opening: String = "", closing: String = "",
    slots: [Slot] = [], campaigns: [Campaign] = [], announcements: [Announcement] = [],
    offDays: [OffDay] = [], announceTitles: Bool = false, requireApproval: Bool = false
  ) {
    self.file = file
    self.station = station
    self.voice = voice
    self.audio = audio
    self.opening = opening
    self.closing = closing
    self.slots = slots
    self.campaigns = campaigns
    self.announcements = announcements
    self.offDays = offDays
    self.announceTitles = announceTitles
    self.requireApproval = requireApproval
  }

  /// The announcement folder when the schedule names none: `scripts/thong-bao` beside the
  /// schedule's folder (the repository layout). A missing default folder is no problem.
  public static let defaultAnnouncementFolder = "../scripts/thong-bao"

  /// Whether `day` is an off day.
  public func isOffDay(_ day: CalendarDay) -> Bool { offDays.contains { $0.contains(day) } }

  /// The slot with the given id.
  public func slot(id: String) -> Slot? { slots.first { $0.id == id } }
}
