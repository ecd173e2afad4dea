/// The synthetic voice a schedule asks for: `voice: { name, rate, pitch, range, word_gap,
/// variant }`.
///
/// The defaults are the ones `loa-bench intelligibility` chose (see the README's
/// "Intelligibility" section); every field can be set in the schedule and on `loa say`.
public struct VoiceSpec: Sendable, Hashable {
  /// The espeak-ng voice: `vi`, `vi-vn-x-central` or `vi-vn-x-south`.
  public var name: String
  /// Speaking rate in words (syllables) per minute, espeak-ng's `-s` (80…450).
  public var rate: Int
  /// Base pitch, espeak-ng's `-p` (0…100, 50 is the voice's own).
  public var pitch: Int
  /// Pitch range (0…100, 50 is the voice's own; 0 is monotone).
  public var range: Int
  /// Extra pause between words in units of 10 ms, espeak-ng's `-g` (0…100).
  public var wordGap: Int
  /// A voice variant: `loa` (the project's own), one of espeak-ng's (`f2`, `klatt`, …), or
  /// nil for the voice as installed.
  public var variant: String?

  /// The default rate.
  public static let defaultRate = 150
  /// The default pitch.
  public static let defaultPitch = 50
  /// The default pitch range.
  public static let defaultRange = 50
  /// The default word gap.
  public static let defaultWordGap = 0
  /// The default variant.
  public static let defaultVariant: String? = nil

  /// Creates a voice specification; every omitted field takes the station's default.
  public init(
    name: String = "vi", rate: Int = defaultRate, pitch: Int = defaultPitch,
    range: Int = defaultRange, wordGap: Int = defaultWordGap, variant: String? = defaultVariant
  ) {
    self.name = name
    self.rate = rate
    self.pitch = pitch
    self.range = range
    self.wordGap = wordGap
    self.variant = variant
  }
}
