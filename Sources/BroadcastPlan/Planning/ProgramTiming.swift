import VietnameseText

/// How long the parts of a program take: chime, intro/outro files, pauses and spoken text.
///
/// Spoken text is estimated from the normalised text's syllables, sentences and clause breaks and
/// the voice rate, calibrated against the renderer's real output (see ``speechSeconds(syllables:sentences:clauseBreaks:rate:)``),
/// unless `knownSeconds` knows the exact length (for instance from the audio cache), in which case
/// the exact length wins.
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
  /// Seconds espeak-ng adds to every separately synthesised sentence (its own lead-in and
  /// sentence-final silence, beyond the syllables).
  public var sentenceSeconds: Double
  /// Seconds espeak-ng pauses at each clause break (`,` `;` `:`) inside a sentence.
  public var clauseBreakSeconds: Double
  /// The silence after each sentence inside a paragraph.
  public var sentencePause: Double
  /// The silence after the last sentence of a paragraph.
  public var paragraphPause: Double
  /// Pronunciation overrides used when normalising (the operator's lexicon).
  public var lexicon: Lexicon
  /// The exact length in seconds of each announcer's recording that replaces a script's
  /// synthesis, by ``Script/recording`` path (trimmed, at the station's rate; measured by
  /// `LoaStudio`). A recorded script missing here is estimated from its text.
  public var recordingSeconds: [String: Double] = [:]

  /// The calibrated syllable factor (see the README, "Duration estimates").
  ///
  /// The three calibrated constants were fitted together by least squares on the relative error,
  /// against 80 renderings (40 texts × rates 150 and 175: all shipped scripts, openings, closings,
  /// 1–4-sentence announcements) made exactly as the speech cache makes them: espeak-ng 1.51
  /// (voice `vi`, through SpeechAudio) voicing each normalised sentence alone, followed by the
  /// sentence or paragraph pause (`Tests/Fixtures/schedules/calibration/rendered-vi.tsv`).
  /// Result: mean absolute error 1.8%, worst −5.5% / +5.2%, no bias between short and long items.
  public static let calibratedSyllableFactor = 0.62
  /// The calibrated per-sentence constant in seconds (fitted with ``calibratedSyllableFactor``).
  public static let calibratedSentenceSeconds = 0.09
  /// The calibrated pause at a clause break in seconds (fitted with ``calibratedSyllableFactor``).
  public static let calibratedClauseBreakSeconds = 0.29

  /// The silence after a sentence inside a paragraph, in seconds: the one place it is set (the
  /// speech cache and `loa say` use it too).
  public static let standardSentencePause = 0.35
  /// The silence after a paragraph (a blank line in the script), in seconds.
  public static let standardParagraphPause = 0.8

  /// Creates timing rules; the defaults are the calibrated ones.
  public init(
    introSeconds: Double? = nil, outroSeconds: Double? = nil,
    knownSeconds: @escaping @Sendable (String) -> Double? = { _ in nil },
    syllableFactor: Double = ProgramTiming.calibratedSyllableFactor,
    sentenceSeconds: Double = ProgramTiming.calibratedSentenceSeconds,
    clauseBreakSeconds: Double = ProgramTiming.calibratedClauseBreakSeconds,
    sentencePause: Double = ProgramTiming.standardSentencePause,
    paragraphPause: Double = ProgramTiming.standardParagraphPause, lexicon: Lexicon = Lexicon()
  ) {
    self.introSeconds = introSeconds
    self.outroSeconds = outroSeconds
    self.knownSeconds = knownSeconds
    self.syllableFactor = syllableFactor
    self.sentenceSeconds = sentenceSeconds
    self.clauseBreakSeconds = clauseBreakSeconds
    self.sentencePause = sentencePause
    self.paragraphPause = paragraphPause
    self.lexicon = lexicon
  }

  /// The spoken part of a text, pauses excluded: `syllables × 60 / rate × syllableFactor +
  /// sentences × sentenceSeconds + clauseBreaks × clauseBreakSeconds`.
  public func speechSeconds(syllables: Int, sentences: Int, clauseBreaks: Int, rate: Int) -> Double
  {
    Double(syllables) * 60 / Double(max(1, rate)) * syllableFactor
      + Double(sentences) * sentenceSeconds + Double(clauseBreaks) * clauseBreakSeconds
  }
}
