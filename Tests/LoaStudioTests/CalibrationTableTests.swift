import Foundation
import LoaTestSupport
import SpeechAudio
import Testing
import VietnameseText

@testable import BroadcastPlan
@testable import LoaStudio

/// Keeps the planner's calibration table (`Tests/Fixtures/schedules/calibration/rendered-vi.tsv`)
/// honest: its short texts still render as long as it says, and `LOA_UPDATE_CALIBRATION=1
/// swift test --filter CalibrationTableTests` re-measures every row through the renderer.
@Suite("Calibration table matches the renderer")
struct CalibrationTableTests {
  typealias Row = CalibrationTable.Row
  static let root = CalibrationTable.root

  /// The text a row stands for: its written text, or the body of the shipped script.
  static func writtenText(_ row: Row) throws -> String {
    guard row.text == "-" else { return row.writtenText }
    let raw = try String(
      contentsOf: root.appendingPathComponent(row.id), encoding: .utf8)
    return try #require(ScriptParser(path: row.id, file: row.id).parse(raw).script).body
  }

  /// Renders `row`'s text as the speech cache does and returns the row re-measured.
  static func measure(_ row: Row, in folder: TemporaryFolder) throws -> Row {
    let text = try writtenText(row)
    // The station's default voice (`VoiceSpec`'s defaults) at the row's rate.
    let voice = VoiceSpec(name: "vi", rate: row.rate)
    let estimator = DurationEstimator(voice: voice, timing: ProgramTiming())
    let sentences = estimator.normalizer.sentences(text)
    let rendered = try AudioRenderer().render(
      SpeechCache.segments(sentences, voice: StationVoice.settings(for: voice)),
      to: folder.file("\(UUID().uuidString).wav"),
      options: AudioRenderOptions(
        sampleRate: 22_050, loudnessTarget: nil, metadata: AudioMetadata()))
    var measured = row
    measured.syllables = estimator.syllables(text)
    measured.sentences = sentences.count
    measured.clauseBreaks = sentences.reduce(0) {
      $0 + DurationEstimator.clauseBreakCount($1.text)
    }
    measured.paragraphs = sentences.filter { $0.pause == .paragraph }.count
    measured.seconds = rendered.seconds
    return measured
  }

  @Test("the short texts still render as long as the table says (±3%)", arguments: [150, 175])
  func shortTexts(rate: Int) throws {
    let folder = try TemporaryFolder("loa-calibration")
    defer { folder.remove() }
    let rows = CalibrationTable.read().rows.filter { $0.rate == rate && $0.text != "-" }
    #expect(rows.count == 24)
    for row in rows {
      let measured = try Self.measure(row, in: folder)
      let error = (measured.seconds - row.seconds) / row.seconds
      #expect(abs(error) <= 0.03, "\(row.id): \(measured.seconds) s, table \(row.seconds) s")
      #expect(measured.sentences == row.sentences, "\(row.id)")
    }
  }

  @Test(
    "LOA_UPDATE_CALIBRATION=1 re-measures every row",
    .enabled(if: ProcessInfo.processInfo.environment["LOA_UPDATE_CALIBRATION"] != nil))
  func regenerate() throws {
    let folder = try TemporaryFolder("loa-calibration")
    defer { folder.remove() }
    let (comments, rows) = CalibrationTable.read()
    let measured = try rows.map { try Self.measure($0, in: folder) }
    let text = (comments + measured.map(\.line)).joined(separator: "\n") + "\n"
    try text.write(toFile: CalibrationTable.path, atomically: true, encoding: .utf8)
    #expect(measured.count == rows.count)
  }
}
