import VietnameseText

/// How long the parts of a program take: chime, intro/outro files, pauses and spoken text.
///
/// Spoken text is estimated from the normalised text's syllables and the voice rate, calibrated
/// against espeak-ng (see `syllableFactor`), unless `knownSeconds` knows the exact length (for
/// instance from the audio cache), in which case the exact length wins.
public struct ProgramTiming: Sendable {
  /// The built-in chime is exactly 2.5 s.
  public var chimeSeconds = 2.5
  /// The real length of an intro file (`nil`: the chime, or the chime's length if unknown).
  public var introSeconds: Double?
  /// The real length of the outro file (`nil`: unknown, counted as the chime's length).
  public var outroSeconds: Double?
  /// The exact spoken length of an item's text, when known; `nil` → estimate.
  public var knownSeconds: @Sendable (String) -> Double?
  /// Seconds per syllable relative to `60 / rate`: espeak-ng speaks a Vietnamese syllable in
  /// `60 / rate × syllableFactor` seconds (calibrated at rates 150 and 175).
  public var syllableFactor: Double
  /// The silence after each sentence inside a paragraph.
  public var sentencePause: Double
  /// The silence after the last sentence of a paragraph.
  public var paragraphPause: Double
  /// Pronunciation overrides used when normalising (the operator's lexicon).
  public var lexicon: Lexicon

  /// The calibrated syllable factor (see the README, "Duration estimates").
  public static let calibratedSyllableFactor = 0.73

  /// Creates timing rules; the defaults are the calibrated ones.
  public init(
    introSeconds: Double? = nil, outroSeconds: Double? = nil,
    knownSeconds: @escaping @Sendable (String) -> Double? = { _ in nil },
    syllableFactor: Double = ProgramTiming.calibratedSyllableFactor,
    sentencePause: Double = 0.35, paragraphPause: Double = 0.8, lexicon: Lexicon = Lexicon()
  ) {
    self.introSeconds = introSeconds
    self.outroSeconds = outroSeconds
    self.knownSeconds = knownSeconds
    self.syllableFactor = syllableFactor
    self.sentencePause = sentencePause
    self.paragraphPause = paragraphPause
    self.lexicon = lexicon
  }
}
