/// `out/DATE/manifest.json`: the day's programs, their items and the audio's measurements.
///
/// Written last, after every audio file of the day is in place.
public struct Manifest: Sendable, Hashable, Codable {
  /// One program file of the day.
  public struct Program: Sendable, Hashable, Codable {
    /// Slot id.
    public var slot: String
    /// Slot display name.
    public var name: String
    /// Start time `HH:MM`.
    public var start: String
    /// The absolute start instant, ISO 8601 with `+07:00` (absent in manifests written before
    /// instants existed).
    public var startAt: String?
    /// File name inside the day folder.
    public var file: String
    /// Length, seconds.
    public var seconds: Double
    /// Sample rate of the file.
    public var sampleRate: Int
    /// Integrated loudness of the file, LUFS.
    public var loudnessLUFS: Double
    /// True peak of the file, dBTP.
    public var truePeakDBTP: Double
    /// SHA-256 of the file.
    public var sha256: String
    /// Hash of everything the file was made from; an unchanged fingerprint means no rebuild.
    public var fingerprint: String
    /// The items, in order.
    public var items: [Item]

    enum CodingKeys: String, CodingKey {
      case slot, name, start, file, seconds, items, sha256, fingerprint
      case startAt = "start_at"
      case sampleRate = "sample_rate"
      case loudnessLUFS = "loudness_lufs"
      case truePeakDBTP = "true_peak_dbtp"
    }
  }

  /// One item of a program: the fields of `loa plan --format json` items plus its offset.
  public struct Item: Sendable, Hashable, Codable {
    /// `opening`, `bulletin`, `announcement` or `closing`.
    public var kind: String
    /// Title.
    public var title: String
    /// Script path (nil for opening and closing).
    public var script: String?
    /// Campaign id (nil outside campaigns).
    public var campaign: String?
    /// `normal`, `priority` or `emergency`.
    public var priority: String
    /// Start time of day `HH:MM:SS`.
    public var start: String
    /// Length, seconds (to a tenth, as `loa plan` prints it).
    public var seconds: Double
    /// Whether the length was estimated (always false once rendered).
    public var estimated: Bool
    /// Offset from the program start in the file, seconds (to the millisecond).
    public var offsetSeconds: Double
    /// Whether the item is voiced by the synthesiser (`false`: the announcer's recording);
    /// manifests written before recordings aired say nothing, which reads as `true`.
    public var synthesised = true
    /// The announcer's recording aired (path relative to the schedule), if any.
    public var recording: String? = nil

    enum CodingKeys: String, CodingKey {
      case kind, title, script, campaign, priority, start, seconds, estimated, synthesised
      case recording
      case offsetSeconds = "offset_seconds"
    }

    /// Writes `null` for a missing script or campaign, as `loa plan --format json` does.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(kind, forKey: .kind)
      try container.encode(title, forKey: .title)
      try container.encode(script, forKey: .script)
      try container.encode(campaign, forKey: .campaign)
      try container.encode(priority, forKey: .priority)
      try container.encode(start, forKey: .start)
      try container.encode(seconds, forKey: .seconds)
      try container.encode(estimated, forKey: .estimated)
      try container.encode(offsetSeconds, forKey: .offsetSeconds)
      try container.encode(synthesised, forKey: .synthesised)
      try container.encode(recording, forKey: .recording)
    }
  }

  /// Broadcast date `YYYY-MM-DD`.
  public var date: String
  /// Station name.
  public var station: String
  /// Programs in time order.
  public var programs: [Program]

  /// Rounded to a tenth (the precision of `loa plan --format json`).
  static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }
  /// Rounded to a millisecond.
  static func millis(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
