import Foundation

extension AudioFile {
  /// The integrated loudness (EBU R128, LUFS; −70 for silence) of a file, read as mono at its
  /// own rate.
  public static func integratedLoudness(_ url: URL) throws -> Double {
    let rate = try probe(url).sampleRate
    let meter = try LoudnessMeter(sampleRate: rate)
    try readMono(url) { try meter.add($0) }
    return try meter.integratedLoudness()
  }
}
