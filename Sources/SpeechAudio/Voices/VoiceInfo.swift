/// An installed espeak-ng voice, as `loa voices` lists it.
public struct VoiceInfo: Sendable, Hashable {
  /// The name to pass in ``VoiceSettings/name`` (the voice's first language, e.g. `vi`).
  public let name: String
  /// espeak-ng's file identifier (e.g. `aav/vi`).
  public let identifier: String
  /// The languages the voice speaks, most preferred first.
  public let languages: [String]
  /// For Vietnamese voices, the region in Vietnamese ("miền Bắc", "miền Trung", "miền Nam").
  public let regionName: String?

  /// Creates a voice description.
  public init(name: String, identifier: String, languages: [String], regionName: String?) {
    self.name = name
    self.identifier = identifier
    self.languages = languages
    self.regionName = regionName
  }

  /// Whether the voice speaks Vietnamese.
  public var isVietnamese: Bool {
    languages.contains { $0 == "vi" || $0.hasPrefix("vi-") }
  }

  /// The Vietnamese region of a voice name: `vi` is northern, `…central` and `…south` the others.
  static func regionName(forLanguage language: String) -> String? {
    let lower = language.lowercased()
    guard lower == "vi" || lower.hasPrefix("vi-") else { return nil }
    if lower.contains("central") { return "miền Trung" }
    if lower.contains("south") { return "miền Nam" }
    return "miền Bắc"
  }
}
