import Foundation

/// The gain curve of the true-peak limiter: a make-up gain times a smooth reduction that keeps
/// every true peak under the ceiling.
///
/// Built from the whole program in one read (only per-block figures are kept: 256 samples a
/// block, about 1.2 MB for an hour at 22,050 Hz), then applied in a second read. Gain points
/// sit at block boundaries and are interpolated linearly; each is at most the gain every block
/// touching it allows, attack is limited to 3 dB a block ahead of a peak and release to 0.5 dB a
/// block after it.
struct GainEnvelope {
  /// Samples per block.
  static let block = 256
  /// The make-up gain (linear).
  let gain: Float
  /// Reduction at each block boundary (0…1), `blocks + 1` points.
  private(set) var points: [Float]

  /// Measures `scratch` and builds the envelope for `gain` under `ceiling` (linear true peak).
  init(scratch: ScratchFile, gain: Float, ceiling: Float) throws {
    self.gain = gain
    let block = Self.block
    let history = TruePeakFilter.history
    var needs: [Float] = []
    needs.reserveCapacity(scratch.count / block + 1)
    var window = [Float](repeating: 0, count: history)
    let threshold = ceiling / (gain * TruePeakFilter.bound)
    try scratch.readAll(chunk: block * 64) { chunk in
      window.removeFirst(window.count - history)
      window.append(contentsOf: chunk)
      window.withUnsafeBufferPointer { all in
        let base = all.baseAddress!
        var start = history
        while start < all.count {
          let end = min(start + block, all.count)
          var need: Float = 1
          if TruePeakFilter.samplePeak(base, (start - history)..<end) > threshold {
            let peak = TruePeakFilter.peak(base, start..<end) * gain
            if peak > ceiling { need = ceiling / peak }
          }
          needs.append(need)
          start = end
        }
      }
    }
    points = Self.smooth(needs)
  }

  /// Boundary points from per-block needs: dilated, then attack and release limited.
  private static func smooth(_ needs: [Float]) -> [Float] {
    let count = needs.count
    var points = [Float](repeating: 1, count: count + 1)
    for k in 0...count {
      var value: Float = 1
      for b in max(0, k - 2)...min(count - 1, k + 1) where b >= 0 && count > 0 {
        value = min(value, needs[b])
      }
      points[k] = value
    }
    let attack: Float = pow(10, 3 / 20)
    let release: Float = pow(10, 0.5 / 20)
    if count > 0 {
      for k in stride(from: count - 1, through: 0, by: -1) {
        points[k] = min(points[k], points[k + 1] * attack)
      }
      for k in 1...count {
        points[k] = min(points[k], points[k - 1] * release)
      }
    }
    return points
  }

  /// Applies gain and reduction to `chunk`, whose first sample is sample `offset` of the program.
  func apply(_ chunk: UnsafeBufferPointer<Float>, offset: Int, into output: inout [Float]) {
    output.removeAll(keepingCapacity: true)
    let block = Self.block
    let step = 1 / Float(block)
    for (i, sample) in chunk.enumerated() {
      let n = offset + i
      let b = n / block
      let fraction = Float(n - b * block) * step
      let reduction = points[b] + (points[b + 1] - points[b]) * fraction
      output.append(sample * gain * reduction)
    }
  }
}
