import Foundation

/// Finds where the sound of a recording starts and ends, so that its leading and trailing
/// silence (room noise, the pause before the announcer speaks) can be cut.
///
/// The file is read as mono at its own rate in windows of ``windowSeconds``. A window is sound
/// when its RMS level reaches the threshold: ``relativeThreshold`` dB below the loudest window,
/// but never below ``floor`` dBFS (so a quiet noise floor is always silence). The kept range runs
/// from the first sound window to the end of the last one, widened by ``marginSeconds`` on each
/// side (within the file). A file with no sound window is reported as silent (`nil`).
///
/// ```swift
/// let range = try SilenceTrimmer().soundRange(of: url)   // nil: nothing but silence
/// ```
public struct SilenceTrimmer: Sendable, Hashable {
  /// The analysis window, in seconds.
  public var windowSeconds = 0.01
  /// How far below the loudest window a window still counts as sound, in dB.
  public var relativeThreshold = 35.0
  /// The absolute level below which a window is always silence, in dBFS.
  public var floor = -60.0
  /// The silence kept before the first and after the last sound, in seconds.
  public var marginSeconds = 0.1

  /// Creates a trimmer with the default settings (10 ms windows, 35 dB below the loudest
  /// window, −60 dBFS floor, 100 ms margin).
  public init() {}

  /// The settings as one line, for cache keys.
  public var settingsText: String {
    "trim:\(windowSeconds)|\(relativeThreshold)|\(floor)|\(marginSeconds)"
  }

  /// The sound of `url`, or `nil` when it is silent throughout.
  ///
  /// - Throws: ``SpeechAudioError/unreadableFile(_:reason:)`` when the file cannot be read.
  public func soundRange(of url: URL) throws -> TrimmedRange? {
    let rate = try AudioFile.probe(url).sampleRate
    let window = max(1, Int((Double(rate) * windowSeconds).rounded()))
    var levels: [Float] = []
    var sum: Double = 0
    var filled = 0
    var total = 0
    try AudioFile.readMono(url) { chunk in
      for sample in chunk {
        sum += Double(sample) * Double(sample)
        filled += 1
        if filled == window {
          levels.append(Float((sum / Double(window)).squareRoot()))
          sum = 0
          filled = 0
        }
      }
      total += chunk.count
    }
    if filled > 0 { levels.append(Float((sum / Double(filled)).squareRoot())) }
    return range(levels: levels, window: window, total: total, sampleRate: rate)
  }

  /// The kept range from per-window RMS levels (linear).
  func range(levels: [Float], window: Int, total: Int, sampleRate: Int) -> TrimmedRange? {
    guard let loudest = levels.max(), loudest > 0 else { return nil }
    let loudestDB = 20 * log10(Double(loudest))
    let threshold = Float(pow(10, max(loudestDB - relativeThreshold, floor) / 20))
    guard loudest >= threshold,
      let first = levels.firstIndex(where: { $0 >= threshold }),
      let last = levels.lastIndex(where: { $0 >= threshold })
    else { return nil }
    let margin = Int((Double(sampleRate) * marginSeconds).rounded())
    let start = max(0, first * window - margin)
    let end = min(total, (last + 1) * window + margin)
    return TrimmedRange(sampleRate: sampleRate, totalFrames: total, start: start, end: end)
  }
}
