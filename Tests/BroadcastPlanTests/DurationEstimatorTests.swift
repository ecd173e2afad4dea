import Foundation
import LoaTestSupport
import Testing

@testable import BroadcastPlan

@Suite("Duration estimates")
struct DurationEstimatorTests {
  /// One rendering of the calibration table: the counts the estimator sees and the real length.
  typealias Measured = CalibrationTable.Row

  /// The renderer's real output for 40 texts at rates 150 and 175 (see the fixture's header).
  static let measured: [Measured] = CalibrationTable.read().rows

  @Test("the calibration data is there: 80 renderings, short and long, both rates")
  func dataPresent() {
    #expect(Self.measured.count == 80)
    #expect(Set(Self.measured.map(\.rate)) == [150, 175])
    #expect(Self.measured.filter { $0.text == "-" }.count == 32)
  }

  @Test("every estimate is within ±10% of the rendered audio", arguments: measured)
  func calibrated(_ sample: Measured) {
    let error = sample.relativeError
    #expect(abs(error) <= 0.10, "error \(String(format: "%+.1f", error * 100))%")
  }

  @Test(
    "mean absolute error ≤ 5% and no bias, for short items and whole scripts alike",
    arguments: ["all", "short items", "whole scripts"])
  func meanError(group: String) {
    let errors = Self.measured.filter { sample in
      switch group {
      case "short items": sample.text != "-"
      case "whole scripts": sample.text == "-"
      default: true
      }
    }.map(\.relativeError)
    let label = group
    let mean = errors.map(abs).reduce(0, +) / Double(max(1, errors.count))
    let bias = errors.reduce(0, +) / Double(max(1, errors.count))
    #expect(!errors.isEmpty, "\(label)")
    #expect(mean <= 0.05, "\(label): mean absolute error \(String(format: "%.2f", mean * 100))%")
    #expect(abs(bias) <= 0.04, "\(label): mean error \(String(format: "%+.2f", bias * 100))%")
  }

  @Test(
    "the estimator counts the written short texts as the table records them",
    arguments: measured.filter { $0.text != "-" })
  func counts(_ sample: Measured) {
    let estimator = DurationEstimator(
      voice: VoiceSpec(name: "vi", rate: sample.rate), timing: ProgramTiming())
    let sentences = estimator.normalizer.sentences(sample.writtenText)
    let breaks = sentences.reduce(0) { $0 + DurationEstimator.clauseBreakCount($1.text) }
    // The normaliser evolves; allow a syllable or two of drift, not a different text.
    #expect(abs(estimator.syllables(sample.writtenText) - sample.syllables) <= 2)
    #expect(sentences.count == sample.sentences)
    #expect(breaks == sample.clauseBreaks)
    #expect(abs(estimator.estimate(sample.writtenText) - sample.estimate) < 0.3)
  }

  @Test(
    "pauses: one after every sentence, longer after a paragraph",
    arguments: [
      ("one sentence", "Bà con chú ý.", 4, 0, 0.8),
      ("two sentences", "Bà con chú ý. Xin cảm ơn.", 7, 0, 0.35 + 0.8),
      ("two paragraphs", "Bà con chú ý.\n\nXin cảm ơn.", 7, 0, 0.8 + 0.8),
      ("a clause break", "Bà con, chú ý.", 4, 1, 0.8),
    ])
  func pauses(label: String, text: String, syllables: Int, breaks: Int, pauses: Double) {
    let timing = ProgramTiming(syllableFactor: 1, sentenceSeconds: 0, clauseBreakSeconds: 0.25)
    let estimator = DurationEstimator(voice: VoiceSpec(name: "vi", rate: 150), timing: timing)
    #expect(estimator.syllables(text) == syllables, "\(label)")
    let expected = Double(syllables) * 0.4 + Double(breaks) * 0.25 + pauses
    #expect(abs(estimator.estimate(text) - expected) < 1e-9, "\(label)")
  }

  @Test("each sentence adds the per-sentence constant")
  func sentenceConstant() {
    let text = "Bà con chú ý. Xin cảm ơn."
    let without = DurationEstimator(
      voice: VoiceSpec(), timing: ProgramTiming(sentenceSeconds: 0))
    let with = DurationEstimator(voice: VoiceSpec(), timing: ProgramTiming(sentenceSeconds: 0.5))
    #expect(abs(with.estimate(text) - without.estimate(text) - 1.0) < 1e-9)
  }

  @Test("a faster voice gives a shorter estimate; known lengths win")
  func rateAndKnown() {
    let text = "Kính thưa bà con nhân dân. Xin bà con chú ý lắng nghe."
    let slow = DurationEstimator(voice: VoiceSpec(name: "vi", rate: 150), timing: ProgramTiming())
    let fast = DurationEstimator(voice: VoiceSpec(name: "vi", rate: 175), timing: ProgramTiming())
    #expect(fast.estimate(text) < slow.estimate(text))
    let known = DurationEstimator(
      voice: VoiceSpec(), timing: ProgramTiming(knownSeconds: { $0 == text ? 7.5 : nil }))
    #expect(known.seconds(text) == (7.5, true) ? true : false)
    #expect(known.seconds("Khác.").exact == false)
  }

  @Test("a word gap adds its measured pause at every word boundary inside a sentence")
  func wordGap() {
    // 2 sentences of 6 and 7 syllables: 5 + 6 = 11 boundaries.
    let text = "Kính thưa bà con nhân dân. Xin bà con chú ý lắng nghe."
    let plain = DurationEstimator(voice: VoiceSpec(wordGap: 0), timing: ProgramTiming())
    let spaced = DurationEstimator(voice: VoiceSpec(wordGap: 4), timing: ProgramTiming())
    let added = spaced.estimate(text) - plain.estimate(text)
    #expect(abs(added - 11 * 4 * DurationEstimator.wordGapSeconds) < 1e-9)
  }
}

extension CalibrationTable.Row: CustomTestStringConvertible {
  /// Names a case in test output: `id @ rate`.
  public var testDescription: String { "\(id) @ \(rate)" }

  /// The calibrated estimate from the recorded counts (pauses included).
  var estimate: Double {
    let timing = ProgramTiming()
    let speech = timing.speechSeconds(
      syllables: syllables, sentences: sentences, clauseBreaks: clauseBreaks, rate: rate)
    let pauses =
      Double(sentences - paragraphs) * timing.sentencePause
      + Double(paragraphs) * timing.paragraphPause
    return speech + pauses
  }

  /// (estimate − rendered) / rendered.
  var relativeError: Double { (estimate - seconds) / seconds }
}
