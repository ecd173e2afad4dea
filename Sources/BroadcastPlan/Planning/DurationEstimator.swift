import VietnameseText

/// Estimates how long espeak-ng takes to speak a text, the way the renderer will voice it:
/// each normalised sentence is synthesised, then followed by a sentence or paragraph pause.
public struct DurationEstimator: Sendable {
  /// The normaliser (dialect of the voice, operator lexicon).
  public let normalizer: Normalizer
  /// Speaking rate in syllables per minute.
  public let rate: Int
  /// Timing rules (syllable factor and pauses).
  public let timing: ProgramTiming
  /// The voice's extra pause between words, in espeak-ng's units (`word_gap`).
  public let wordGap: Int

  /// Seconds one unit of `word_gap` adds at each word boundary inside a sentence: measured on
  /// Loa's renderings of 75 corpus sentences (700 boundaries) at rate 150 with gaps 0, 3 and
  /// 6 (+17.5 and +16.4 ms per unit; `loa-bench intelligibility` keeps those renderings).
  public static let wordGapSeconds = 0.0165

  /// Creates an estimator for a voice.
  public init(voice: VoiceSpec, timing: ProgramTiming) {
    normalizer = Normalizer(dialect: Dialect(voiceName: voice.name), lexicon: timing.lexicon)
    rate = max(1, voice.rate)
    wordGap = max(0, voice.wordGap)
    self.timing = timing
  }

  /// The spoken syllables of `text` after normalisation.
  public func syllables(_ text: String) -> Int {
    normalizer.sentences(text).reduce(0) { $0 + Self.wordCount($1.text) }
  }

  /// The estimated seconds: the spoken part from syllables, sentences and clause breaks (see
  /// ``ProgramTiming/speechSeconds(syllables:sentences:clauseBreaks:rate:)``), plus one pause
  /// after every sentence, the last one included.
  public func estimate(_ text: String) -> Double {
    let sentences = normalizer.sentences(text)
    var syllables = 0
    var clauseBreaks = 0
    var pauses = 0.0
    for sentence in sentences {
      syllables += Self.wordCount(sentence.text)
      clauseBreaks += Self.clauseBreakCount(sentence.text)
      pauses += sentence.pause == .paragraph ? timing.paragraphPause : timing.sentencePause
    }
    let speech = timing.speechSeconds(
      syllables: syllables, sentences: sentences.count, clauseBreaks: clauseBreaks, rate: rate)
    let gaps = Double(max(0, syllables - sentences.count) * wordGap) * Self.wordGapSeconds
    return speech + gaps + pauses
  }

  /// The exact length when known, else the estimate; and whether it is exact.
  public func seconds(_ text: String) -> (seconds: Double, exact: Bool) {
    if let known = timing.knownSeconds(text) { return (known, true) }
    return (estimate(text), false)
  }

  /// Clause breaks inside a sentence, where espeak-ng pauses briefly: `,` `;` `:`.
  static func clauseBreakCount(_ text: String) -> Int {
    text.reduce(0) { $0 + ($1 == "," || $1 == ";" || $1 == ":" ? 1 : 0) }
  }

  /// Words that carry sound: tokens with at least one letter or digit.
  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for character in text {
      if character == " " || character == "\n" || character == "\t" {
        inWord = false
      } else if !inWord, character.isLetter || character.isNumber {
        inWord = true
        count += 1
      }
    }
    return count
  }
}
