import BroadcastPlan
import Foundation
import LoaStudio
import SpeechAudio

/// One setting the intelligibility bench tries: the `espeak-ng` command with its stock
/// settings, or Loa's own speech path with given voice settings.
///
/// Written as `label:key=value,…` with keys `voice`, `rate`, `pitch`, `range`, `gap`,
/// `variant` (an espeak-ng variant name, `loa` for the project's own, or a variant file path
/// ending in `.variant`), and the phrasing keys `sentence` (pause after a sentence, ms),
/// `clause` (cut long sentences into clauses with this pause after each, ms), `split` (a
/// sentence is cut only when longer than this many syllables) and `conj=1` (cut before
/// conjunctions too); `stock` alone is `espeak-ng -v vi -s 150`; `loa` alone is Loa's
/// defaults.
struct CandidateVoice {
  /// The name shown in the table.
  let label: String
  /// nil for the stock `espeak-ng` command.
  let settings: VoiceSettings?
  /// Pauses and clause cutting (ignored by the stock command).
  var phrasing = Phrasing.standard

  /// Parses one candidate.
  static func parse(_ text: String) throws -> CandidateVoice {
    if text == "stock" { return CandidateVoice(label: "espeak-ng -v vi -s 150", settings: nil) }
    if text == "loa" {
      return CandidateVoice(
        label: "Loa (mặc định)", settings: StationVoice.settings(for: VoiceSpec()))
    }
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    let label = parts[0]
    var settings = VoiceSettings()
    var phrasing = Phrasing.standard
    for pair in (parts.count > 1 ? parts[1] : "").split(separator: ",") {
      let keyValue = pair.split(separator: "=", maxSplits: 1).map(String.init)
      guard keyValue.count == 2 else { throw BenchmarkFailure("cài đặt không hợp lệ: \(pair)") }
      if try !apply(key: keyValue[0], value: keyValue[1], to: &phrasing) {
        try apply(key: keyValue[0], value: keyValue[1], to: &settings)
      }
    }
    return CandidateVoice(label: label, settings: settings, phrasing: phrasing)
  }

  /// Applies a phrasing key; false when `key` is not one.
  private static func apply(key: String, value: String, to phrasing: inout Phrasing) throws -> Bool
  {
    guard ["sentence", "clause", "split", "conj"].contains(key) else { return false }
    guard let number = Int(value), number >= 0 else {
      throw BenchmarkFailure("\(key) phải là số không âm: \(value)")
    }
    switch key {
    case "sentence": phrasing.sentencePause = Double(number) / 1000
    case "clause": phrasing.clausePause = Double(number) / 1000
    case "split": phrasing.splitter.minimumSyllables = number
    default: phrasing.splitter.atConjunctions = number != 0
    }
    return true
  }

  private static func apply(key: String, value: String, to settings: inout VoiceSettings) throws {
    func number() throws -> Int {
      guard let number = Int(value) else { throw BenchmarkFailure("\(key) phải là số: \(value)") }
      return number
    }
    switch key {
    case "voice": settings.name = value
    case "rate": settings.rate = try number()
    case "pitch": settings.pitch = try number()
    case "range": settings.range = try number()
    case "gap": settings.wordGap = try number()
    case "variant": settings.variant = try variant(value)
    default: throw BenchmarkFailure("khóa không rõ: \(key)")
    }
  }

  /// `none`, an espeak-ng variant, a project variant, or a `.variant` file.
  private static func variant(_ value: String) throws -> VoiceVariant? {
    if value == "none" { return nil }
    if value.hasSuffix(".variant") {
      guard let text = try? String(contentsOfFile: value, encoding: .utf8) else {
        throw BenchmarkFailure("không đọc được \(value)")
      }
      let name = ((value as NSString).lastPathComponent as NSString).deletingPathExtension
      return VoiceVariant(name: name, contents: text)
    }
    return StationVoice.variant(named: value)
  }
}
