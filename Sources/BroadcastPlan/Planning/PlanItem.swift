/// One part of a program: the opening, a bulletin, an announcement or the closing.
public struct PlanItem: Sendable, Hashable {
  /// What an item is.
  public enum Kind: String, Sendable, Hashable {
    /// The station's greeting with the day and date.
    case opening
    /// A campaign bulletin.
    case bulletin
    /// A one-off announcement.
    case announcement
    /// The closing with the AI-voice disclosure.
    case closing
  }

  /// The kind.
  public var kind: Kind
  /// The title (for the opening and closing: "Lời chào", "Lời kết").
  public var title: String
  /// The script path relative to the schedule, as written; `nil` for opening and closing.
  public var script: String?
  /// The campaign id of a bulletin.
  public var campaignID: String?
  /// The campaign title of a bulletin.
  public var campaignTitle: String?
  /// The priority.
  public var priority: Priority
  /// The exact written text that will be spoken.
  public var text: String
  /// Start offset from the program start, in seconds.
  public var start: Double
  /// Length in seconds.
  public var seconds: Double
  /// Whether `seconds` is an estimate (`false`: exact, from the audio cache).
  public var isEstimated: Bool
  /// The announcer's recording aired instead of synthesis (``Script/recording``), if any.
  public var recording: String?

  /// Whether the item is voiced by the synthesiser (every item without a recording, the
  /// opening and closing included); such items are labelled AI-generated.
  public var isSynthesised: Bool { recording == nil }

  /// Creates an item.
  public init(
    kind: Kind, title: String, script: String? = nil, campaignID: String? = nil,
    campaignTitle: String? = nil, priority: Priority = .normal, text: String, start: Double = 0,
    seconds: Double, isEstimated: Bool = true, recording: String? = nil
  ) {
    self.kind = kind
    self.title = title
    self.script = script
    self.campaignID = campaignID
    self.campaignTitle = campaignTitle
    self.priority = priority
    self.text = text
    self.start = start
    self.seconds = seconds
    self.isEstimated = isEstimated
    self.recording = recording
  }
}
