/// What ``GainEnvelope/loudnessChange(_:)`` weighs: the blocks no quieter than 10 dB under the
/// average block energy, and the sum of their energies (the same for every candidate gain, so
/// a gain search finds them once). The blocks' levels stay the analysis's two-byte codes: an
/// hour has 310,000 blocks, and a copy as numbers would cost megabytes.
struct GatedBlocks {
  /// The energy code of every block (the analysis's own array, not a copy).
  let codes: [UInt16]
  /// The least energy a block needs to count.
  private(set) var gate: Double = 0
  /// The sum of the counted blocks' energies.
  private(set) var before: Double = 0

  /// Finds the gate and the sum of the blocks of `analysis`.
  init(_ analysis: BlockAnalysis) {
    codes = analysis.energies
    guard !codes.isEmpty else { return }
    var total: Double = 0
    for code in codes {
      total += Self.energy(code)
    }
    gate = total / Double(codes.count) * 0.1
    for code in codes {
      let energy = Self.energy(code)
      if energy >= gate { before += energy }
    }
  }

  /// The energy a block's code stands for (the square of its root).
  @inline(__always)
  static func energy(_ code: UInt16) -> Double {
    let root = Double(DecibelCode.amplitude(code))
    return root * root
  }
}
