/// How a text is voiced: espeak-ng voice name, speaking rate, pitch, volume and word gap.
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

  /// The accepted range of each numeric setting.
  public static let rateRange = 80...450
  /// The accepted pitch range.
  public static let pitchRange = 0...100
  /// The accepted volume range.
  public static let volumeRange = 0...200
  /// The accepted word-gap range.
  public static let wordGapRange = 0...100

  /// Creates voice settings; the defaults are the station's: `vi` at 150 words a minute.
  public init(
    name: String = "vi", rate: Int = 150, pitch: Int = 50, volume: Int = 100, wordGap: Int = 0
  ) {
    self.name = name
    self.rate = rate
    self.pitch = pitch
    self.volume = volume
    self.wordGap = wordGap
  }

  /// Throws ``SpeechAudioError/invalidSetting(name:value:range:)`` for the first value out of range.
  public func validate() throws {
    let checks: [(String, Int, ClosedRange<Int>)] = [
      ("rate", rate, Self.rateRange), ("pitch", pitch, Self.pitchRange),
      ("volume", volume, Self.volumeRange), ("wordGap", wordGap, Self.wordGapRange),
    ]
    for (name, value, range) in checks where !range.contains(value) {
      throw SpeechAudioError.invalidSetting(name: name, value: value, range: range)
    }
  }
}
