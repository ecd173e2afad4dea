/// One item (opening, bulletin, announcement, closing) of a produced program.
public struct AsRunItem: Sendable, Hashable, Codable {
  /// `opening`, `bulletin`, `announcement` or `closing`.
  public var kind: String
  /// The item's title.
  public var title: String
  /// Script path as written in the schedule's terms (nil for opening and closing).
  public var script: String?
  /// Campaign id (bulletins only).
  public var campaign: String?
  /// Campaign title, kept so reports read well after the schedule changes.
  public var campaignTitle: String?
  /// `normal`, `priority` or `emergency`.
  public var priority: String
  /// Start time within the day, `HH:MM:SS`.
  public var start: String
  /// Offset from the program start, seconds.
  public var offsetSeconds: Double
  /// Length, seconds.
  public var seconds: Double

  /// Creates an item row.
  public init(
    kind: String, title: String, script: String?, campaign: String?, campaignTitle: String?,
    priority: String, start: String, offsetSeconds: Double, seconds: Double
  ) {
    self.kind = kind
    self.title = title
    self.script = script
    self.campaign = campaign
    self.campaignTitle = campaignTitle
    self.priority = priority
    self.start = start
    self.offsetSeconds = offsetSeconds
    self.seconds = seconds
  }
}
