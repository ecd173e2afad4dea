import CSpeechKernels
import Foundation

/// The gain curve of the true-peak limiter: a make-up gain times a smooth reduction that keeps
/// every true peak under the ceiling.
///
/// Built from a ``BlockAnalysis`` (no extra read of the audio). Reduction points sit at block
/// boundaries, as ``DecibelCode``s rounded towards more reduction, and are interpolated
/// linearly; each is at most what the blocks on both sides allow; the reduction may deepen by
/// 3 dB a block ahead of a peak and recovers by 1.5 dB a block after it.
struct GainEnvelope {
  /// Samples per block (11.6 ms at 22,050 Hz).
  static let block = 256
  /// The make-up gain (linear).
  let gain: Float
  /// Reduction at each block boundary (codes of 0 dB or less), `blocks + 1` points.
  private(set) var points: [UInt16]

  /// Attack and release per block, in hundredths of a dB.
  private static let attack = 300
  private static let release = 150

  /// The envelope for `gainDB` (make-up gain) under `ceilingDB` (true peak), both in dB.
  init(analysis: BlockAnalysis, gainDB: Double, ceilingDB: Double) {
    gain = Float(pow(10, gainDB / 20))
    let peaks = analysis.truePeaks
    let count = peaks.count
    let unity = DecibelCode.unity
    // need = ceiling − gain − peak, in codes; rounded down: never less reduction than needed.
    let headroom = Int((100 * (ceilingDB - gainDB)).rounded(.down)) + 2 * unity
    var points = [UInt16](repeating: UInt16(unity), count: count + 1)
    peaks.withUnsafeBufferPointer { peaks in
      points.withUnsafeMutableBufferPointer { points in
        for b in 0..<count {
          let need = UInt16(clamping: min(unity, headroom - Int(peaks[b])))
          if need < points[b] { points[b] = need }
          if need < points[b + 1] { points[b + 1] = need }
        }
        guard count > 0 else { return }
        for k in stride(from: count - 1, through: 0, by: -1) {
          points[k] = min(points[k], UInt16(clamping: Int(points[k + 1]) + Self.attack))
        }
        for k in 1...count {
          points[k] = min(points[k], UInt16(clamping: Int(points[k - 1]) + Self.release))
        }
      }
    }
    self.points = points
  }

  /// Estimated change of loudness (dB, ≤ 0) the reduction causes, energy-weighted over the
  /// blocks no quieter than 10 dB under the average (a stand-in for R128's relative gate).
  func loudnessChange(_ blocks: GatedBlocks) -> Double {
    guard blocks.before > 0 else { return 0 }
    var after: Double = 0
    points.withUnsafeBufferPointer { points in
      for (b, code) in blocks.codes.enumerated() {
        let energy = GatedBlocks.energy(code)
        guard energy >= blocks.gate else { continue }
        let p = Double(DecibelCode.amplitude(points[b]))
        let q = Double(DecibelCode.amplitude(points[b + 1]))
        after += energy * (p * p + p * q + q * q) / 3
      }
    }
    return after > 0 ? 10 * log10(after / blocks.before) : 0
  }

  /// The make-up gain (dB) whose limited result is estimated to land `wanted` dB above the input.
  static func gainFor(
    increase wanted: Double, analysis: BlockAnalysis, ceilingDB: Double
  ) -> Double {
    let blocks = GatedBlocks(analysis)
    func result(_ gainDB: Double) -> Double {
      let envelope = GainEnvelope(analysis: analysis, gainDB: gainDB, ceilingDB: ceilingDB)
      return gainDB + envelope.loudnessChange(blocks)
    }
    var low = wanted
    var high = wanted + 12
    if result(low) >= wanted - 0.01 { return low }
    for _ in 0..<16 {
      let middle = (low + high) / 2
      if result(middle) < wanted { low = middle } else { high = middle }
    }
    return high
  }

  /// Applies gain and reduction to `chunk`, whose first sample is sample `offset` of the program.
  func apply(_ chunk: UnsafeBufferPointer<Float>, offset: Int, into output: inout [Float]) {
    let block = Self.block
    let step = 1 / Float(block)
    output = [Float](unsafeUninitializedCapacity: chunk.count) { out, initialized in
      var i = 0
      while i < chunk.count {
        let n = offset + i
        let b = n / block
        let blockEnd = min(chunk.count, i + (b + 1) * block - n)
        let first = DecibelCode.amplitude(points[b])
        let slope = (DecibelCode.amplitude(points[b + 1]) - first) * gain * step
        let start = first * gain - slope * Float(i - (n - b * block))
        loa_ramp(chunk.baseAddress, out.baseAddress, i, blockEnd, start, slope)
        i = blockEnd
      }
      initialized = chunk.count
    }
  }
}
