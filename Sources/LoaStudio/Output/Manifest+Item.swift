extension Manifest.Item {
  /// Reads an item; `synthesised` and `recording` may be absent (older manifests).
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    kind = try container.decode(String.self, forKey: .kind)
    title = try container.decode(String.self, forKey: .title)
    script = try container.decodeIfPresent(String.self, forKey: .script)
    campaign = try container.decodeIfPresent(String.self, forKey: .campaign)
    priority = try container.decode(String.self, forKey: .priority)
    start = try container.decode(String.self, forKey: .start)
    seconds = try container.decode(Double.self, forKey: .seconds)
    estimated = try container.decode(Bool.self, forKey: .estimated)
    offsetSeconds = try container.decode(Double.self, forKey: .offsetSeconds)
    synthesised = try container.decodeIfPresent(Bool.self, forKey: .synthesised) ?? true
    recording = try container.decodeIfPresent(String.self, forKey: .recording)
  }
}
