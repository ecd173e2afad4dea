import Foundation

/// The emergency attention signal: a rising two-tone (A5 → D6) sounded three times, exactly 3 s.
///
/// Unmistakably different from the everyday chime (three soft *descending* bell tones, 2.5 s):
/// higher, sustained instead of decaying, rising, and repeated. Aired before an urgent notice
/// (priority `emergency`) interrupts the schedule.
///
/// ```swift
/// let signal = EmergencyChime.samples(sampleRate: 22_050)  // 66,150 samples
/// try output.write(signal)
/// ```
public enum EmergencyChime {
  /// The signal's length in seconds.
  public static let seconds = 3.0
  /// Its sample peak (−6 dBFS, like the everyday chime).
  public static let peakLevel: Float = 0.5
  /// The two tones, low then high (Hz).
  public static let frequencies = (low: 880.0, high: 1_174.66)

  /// One repetition: the low tone, the high tone, then a short pause (seconds).
  private static let period = 1.0
  private static let toneLength = 0.4
  private static let ramp = 0.012

  /// Exactly `round(3 × sampleRate)` mono samples.
  public static func samples(sampleRate: Int) -> [Float] {
    let count = Int((seconds * Double(sampleRate)).rounded())
    let rate = Double(sampleRate)
    var result = [Float](repeating: 0, count: count)
    for repetition in 0..<3 {
      let start = Double(repetition) * period
      addTone(frequencies.low, from: start, into: &result, rate: rate)
      addTone(frequencies.high, from: start + toneLength, into: &result, rate: rate)
    }
    let peak = result.reduce(0) { max($0, abs($1)) }
    if peak > 0 {
      let scale = peakLevel / peak
      for i in result.indices { result[i] *= scale }
    }
    return result
  }

  /// A sustained tone with a little third and fifth harmonic (a horn-like timbre), with short
  /// raised-cosine ramps so it starts and stops without clicks.
  private static func addTone(
    _ frequency: Double, from start: Double, into result: inout [Float], rate: Double
  ) {
    let first = Int((start * rate).rounded())
    let length = Int((toneLength * rate).rounded())
    let rampFrames = Double(ramp * rate)
    for n in 0..<length where first + n < result.count {
      let t = Double(n) / rate
      let edge = min(Double(n), Double(length - 1 - n))
      let envelope = edge >= rampFrames ? 1 : 0.5 - 0.5 * cos(Double.pi * edge / rampFrames)
      let phase = 2 * Double.pi * frequency * t
      let value = sin(phase) + 0.2 * sin(3 * phase) + 0.08 * sin(5 * phase)
      result[first + n] += Float(envelope * value)
    }
  }
}
