import Foundation

/// The gain curve of the true-peak limiter: a make-up gain times a smooth reduction that keeps
/// every true peak under the ceiling.
///
/// Built from a ``BlockAnalysis`` (no extra read of the audio). Gain points sit at block
/// boundaries and are interpolated linearly; each is at most what the blocks on both sides
/// allow; the reduction may deepen by 3 dB a block ahead of a peak and recovers by 1.5 dB a
/// block after it.
struct GainEnvelope {
  /// Samples per block (11.6 ms at 22,050 Hz).
  static let block = 256
  /// The make-up gain (linear).
  let gain: Float
  /// Reduction at each block boundary (0…1), `blocks + 1` points.
  private(set) var points: [Float]

  private static let attack: Float = pow(10, 3 / 20)
  private static let release: Float = pow(10, 1.5 / 20)

  /// The envelope for `gain` (linear) under `ceiling` (linear true peak).
  init(analysis: BlockAnalysis, gain: Float, ceiling: Float) {
    self.gain = gain
    let peaks = analysis.truePeaks
    let count = peaks.count
    var points = [Float](repeating: 1, count: count + 1)
    for b in 0..<count where peaks[b] * gain > ceiling {
      let need = ceiling / (peaks[b] * gain)
      points[b] = min(points[b], need)
      points[b + 1] = min(points[b + 1], need)
    }
    if count > 0 {
      for k in stride(from: count - 1, through: 0, by: -1) {
        points[k] = min(points[k], points[k + 1] * Self.attack)
      }
      for k in 1...count {
        points[k] = min(points[k], points[k - 1] * Self.release)
      }
    }
    self.points = points
  }

  /// Estimated change of loudness (dB, ≤ 0) the reduction causes, energy-weighted over the
  /// blocks no quieter than 10 dB under the average (a stand-in for R128's relative gate).
  func loudnessChange(_ analysis: BlockAnalysis) -> Double {
    let energies = analysis.energies
    guard !energies.isEmpty else { return 0 }
    let gate = energies.reduce(0, +) / Float(energies.count) * 0.1
    var before: Double = 0
    var after: Double = 0
    for (b, energy) in energies.enumerated() where energy >= gate {
      let p = points[b]
      let q = points[b + 1]
      before += Double(energy)
      after += Double(energy * (p * p + p * q + q * q) / 3)
    }
    return before > 0 && after > 0 ? 10 * log10(after / before) : 0
  }

  /// The make-up gain (dB) whose limited result is estimated to land `wanted` dB above the input.
  static func gainFor(
    increase wanted: Double, analysis: BlockAnalysis, ceiling: Float
  ) -> Double {
    func result(_ gainDB: Double) -> Double {
      let envelope = GainEnvelope(
        analysis: analysis, gain: Float(pow(10, gainDB / 20)), ceiling: ceiling)
      return gainDB + envelope.loudnessChange(analysis)
    }
    var low = wanted
    var high = wanted + 12
    if result(low) >= wanted - 0.01 { return low }
    for _ in 0..<24 {
      let middle = (low + high) / 2
      if result(middle) < wanted { low = middle } else { high = middle }
    }
    return high
  }

  /// Applies gain and reduction to `chunk`, whose first sample is sample `offset` of the program.
  func apply(_ chunk: UnsafeBufferPointer<Float>, offset: Int, into output: inout [Float]) {
    let block = Self.block
    let step = 1 / Float(block)
    output.removeAll(keepingCapacity: true)
    output.reserveCapacity(chunk.count)
    var i = 0
    while i < chunk.count {
      let n = offset + i
      let b = n / block
      let blockEnd = min(chunk.count, i + (b + 1) * block - n)
      let start = points[b] * gain
      let slope = (points[b + 1] - points[b]) * gain * step
      var position = Float(n - b * block)
      while i < blockEnd {
        output.append(chunk[i] * (start + slope * position))
        position += 1
        i += 1
      }
    }
  }
}
