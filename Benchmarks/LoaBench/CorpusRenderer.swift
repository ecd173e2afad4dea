import BroadcastPlan
import Crypto
import Foundation
import LoaStudio
import SpeechAudio
import VietnameseText

/// Renders corpus items for one candidate into 16 kHz mono WAV files under
/// `.build-asr/renders/`: Loa's candidates through `Speaker` (normalisation, sentence pauses,
/// loudness normalisation: exactly `loa say`), the stock one through the `espeak-ng` command on
/// the same normalised text. The 22,050 Hz output is converted with `sox -D` (no dither), so
/// the same setting always gives the same bytes and the transcription cache hits.
struct CorpusRenderer {
  let folder: URL
  let lexicon: Lexicon

  /// The 16 kHz file of every item, in order.
  func render(_ items: [IntelligibilityCorpus.Item], _ candidate: CandidateVoice) throws -> [URL] {
    // Standard phrasing keeps the keys (and the renders) of earlier runs.
    let phrasing =
      candidate.phrasing == .standard ? "" : String(describing: candidate.phrasing)
    let key = SHA256.hash(data: Data((String(describing: candidate.settings) + phrasing).utf8))
      .prefix(8).map { String(format: "%02x", $0) }.joined()
    let target = folder.appendingPathComponent("renders/\(key)", isDirectory: true)
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let normalizer = Normalizer(lexicon: lexicon)
    return try items.map { item in
      let name = item.id.replacingOccurrences(of: "/", with: "_")
      let output = target.appendingPathComponent(name + ".wav")
      if FileManager.default.fileExists(atPath: output.path) { return output }
      let native = target.appendingPathComponent(name + ".22k.wav")
      if let settings = candidate.settings {
        _ = try Speaker().say(
          SpeechRequest(
            input: .text(item.text), output: native,
            day: CalendarDay(year: 2026, month: 12, day: 1)!, voice: settings, lexicon: lexicon,
            phrasing: candidate.phrasing))
      } else {
        let spoken = normalizer.sentences(item.text).map(\.text).joined(separator: " ")
        try command("/usr/bin/espeak-ng", ["-v", "vi", "-s", "150", "-w", native.path, spoken])
      }
      try command(
        "/usr/bin/sox",
        ["-V1", "-D", native.path, "-r", "16000", "-c", "1", "-b", "16", output.path])
      try FileManager.default.removeItem(at: native)
      return output
    }
  }

  private func command(_ path: String, _ arguments: [String]) throws {
    let result = try ChildProcess.run(path, arguments)
    guard result.status == 0 else {
      throw BenchmarkFailure("\(path) thất bại (mã \(result.status))")
    }
  }
}
