import Foundation
import Synchronization

/// The built-in PA chime: three soft descending bell tones lasting exactly 2.5 s.
///
/// The planner counts 2.5 s for it, so its length is fixed: `round(2.5 × sampleRate)` frames.
enum Chime {
  /// The chime's length in seconds.
  static let seconds = 2.5
  /// Its sample peak before normalisation (−6 dBFS).
  static let peakLevel: Float = 0.5

  /// The tones: (start in seconds, fundamental in Hz).
  private static let tones: [(start: Double, frequency: Double)] = [
    (0.0, 784.0), (0.55, 659.25), (1.1, 523.25),
  ]

  /// The samples already computed, by rate: every program opens with the chime, and its
  /// three sines per sample cost more than the rest of its mixing.
  private static let computed = Mutex<[Int: [Float]]>([:])

  /// Exactly `round(2.5 × sampleRate)` mono samples.
  static func samples(sampleRate: Int) -> [Float] {
    if let samples = computed.withLock({ $0[sampleRate] }) { return samples }
    let samples = synthesize(sampleRate: sampleRate)
    computed.withLock { $0[sampleRate] = samples }
    return samples
  }

  /// The chime computed afresh.
  private static func synthesize(sampleRate: Int) -> [Float] {
    let count = Int((seconds * Double(sampleRate)).rounded())
    var result = [Float](repeating: 0, count: count)
    let rate = Double(sampleRate)
    for tone in tones {
      let first = Int(tone.start * rate)
      for n in first..<count {
        let t = Double(n - first) / rate
        let attack = min(1, t / 0.01)
        let decay = exp(-t / 0.45)
        let phase = 2 * Double.pi * tone.frequency * t
        let value = sin(phase) + 0.3 * sin(2 * phase) + 0.1 * sin(3 * phase)
        result[n] += Float(attack * decay * value)
      }
    }
    let fade = Int(0.2 * rate)
    for i in 0..<min(fade, count) {
      result[count - 1 - i] *= Float(i) / Float(fade)
    }
    let peak = result.reduce(0) { max($0, abs($1)) }
    if peak > 0 {
      let scale = peakLevel / peak
      for i in result.indices { result[i] *= scale }
    }
    return result
  }
}
