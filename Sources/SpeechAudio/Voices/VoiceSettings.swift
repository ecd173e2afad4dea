/// How a text is voiced: espeak-ng voice name, speaking rate, pitch, pitch range, volume, word
/// gap and voice variant.
///
/// The default rate is 150 words a minute: espeak-ng's own 175 is too fast for outdoor horn
/// loudspeakers.
///
/// ```swift
/// let settings = VoiceSettings(name: "vi-vn-x-south", rate: 140)
/// ```
public struct VoiceSettings: Sendable, Hashable, Codable {
  /// The espeak-ng voice name (`vi`, `vi-vn-x-central`, `vi-vn-x-south`, or any installed one).
  public var name: String
  /// Speaking rate in words a minute (80…450).
  public var rate: Int
  /// Base pitch (0…100, 50 is the voice's normal pitch).
  public var pitch: Int
  /// Volume (0…200, 100 is normal).
  public var volume: Int
  /// Extra pause between words, in units of 10 ms (0…100).
  public var wordGap: Int
  /// Pitch range (0…100, 50 is the voice's normal range; 0 is monotone).
  public var range: Int
  /// The voice variant (nil: the voice as installed).
  public var variant: VoiceVariant?

  /// The accepted range of each numeric setting.
  public static let rateRange = 80...450
  /// The accepted pitch range.
  public static let pitchRange = 0...100
  /// The accepted volume range.
  public static let volumeRange = 0...200
  /// The accepted word-gap range.
  public static let wordGapRange = 0...100
  /// The accepted pitch-range range.
  public static let rangeRange = 0...100

  /// Creates voice settings; the defaults are the station's: `vi` at 150 words a minute.
  public init(
    name: String = "vi", rate: Int = 150, pitch: Int = 50, volume: Int = 100, wordGap: Int = 0,
    range: Int = 50, variant: VoiceVariant? = nil
  ) {
    self.name = name
    self.rate = rate
    self.pitch = pitch
    self.volume = volume
    self.wordGap = wordGap
    self.range = range
    self.variant = variant
  }

  /// The name to select in espeak-ng: `name`, or `name+variant` with the variant's file name.
  var selectionName: String {
    variant.map { name + "+" + $0.fileName } ?? name
  }

  /// Throws ``SpeechAudioError/invalidSetting(name:value:range:)`` for the first value out of range.
  public func validate() throws {
    let checks: [(String, Int, ClosedRange<Int>)] = [
      ("rate", rate, Self.rateRange), ("pitch", pitch, Self.pitchRange),
      ("volume", volume, Self.volumeRange), ("wordGap", wordGap, Self.wordGapRange),
      ("range", range, Self.rangeRange),
    ]
    for (name, value, range) in checks where !range.contains(value) {
      throw SpeechAudioError.invalidSetting(name: name, value: value, range: range)
    }
  }
}
