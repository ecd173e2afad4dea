import BroadcastPlan
import Foundation
import Testing

@Suite("Duration estimates")
struct DurationEstimatorTests {
  struct Measured: Sendable, CustomTestStringConvertible {
    let rate: Int
    let seconds: Double
    let text: String
    var testDescription: String { "\(rate) wpm: \(text.prefix(40))…" }
  }

  /// espeak-ng's real output for a dozen varied texts at rates 150 and 175.
  static let measured: [Measured] = {
    let path = Fixtures.path("calibration/espeak-ng-vi.tsv")
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let fields = line.split(separator: "\t", maxSplits: 2)
      guard fields.count == 3, let rate = Int(fields[0]), let seconds = Double(fields[1]) else {
        return nil
      }
      return Measured(rate: rate, seconds: seconds, text: String(fields[2]))
    }
  }()

  @Test("the calibration data is there")
  func dataPresent() {
    #expect(Self.measured.count == 28)
  }

  @Test("speech estimates are within ±10% of espeak-ng", arguments: measured)
  func calibrated(_ sample: Measured) {
    let estimator = DurationEstimator(
      voice: VoiceSpec(name: "vi", rate: sample.rate), timing: ProgramTiming())
    let speech =
      Double(estimator.syllables(sample.text)) * 60 / Double(sample.rate)
      * ProgramTiming.calibratedSyllableFactor
    let error = (speech - sample.seconds) / sample.seconds
    #expect(abs(error) <= 0.10, "error \(Int((error * 100).rounded()))%")
  }

  @Test(
    "pauses: one after every sentence, longer after a paragraph",
    arguments: [
      ("one sentence", "Bà con chú ý.", 4, 0.8),
      ("two sentences", "Bà con chú ý. Xin cảm ơn.", 7, 0.35 + 0.8),
      ("two paragraphs", "Bà con chú ý.\n\nXin cảm ơn.", 7, 0.8 + 0.8),
    ])
  func pauses(label: String, text: String, syllables: Int, pauses: Double) {
    let timing = ProgramTiming(syllableFactor: 1)
    let estimator = DurationEstimator(voice: VoiceSpec(name: "vi", rate: 150), timing: timing)
    #expect(estimator.syllables(text) == syllables, "\(label)")
    #expect(abs(estimator.estimate(text) - (Double(syllables) * 0.4 + pauses)) < 1e-9, "\(label)")
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
}
