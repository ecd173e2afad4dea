/// The blocks ``GainEnvelope/loudnessChange(_:)`` weighs: those no quieter than 10 dB under the
/// average block energy, with their energies and the sum of them (the same for every candidate
/// gain, so a gain search gathers them once).
struct GatedBlocks {
  /// Block numbers, in order.
  private(set) var indices: [Int] = []
  /// Their energies.
  private(set) var energies: [Double] = []
  /// The sum of `energies`.
  private(set) var before: Double = 0

  /// Gathers the blocks of `analysis`.
  init(_ analysis: BlockAnalysis) {
    let codes = analysis.energies
    guard !codes.isEmpty else { return }
    var total: Double = 0
    for code in codes {
      let root = Double(DecibelCode.amplitude(code))
      total += root * root
    }
    let gate = total / Double(codes.count) * 0.1
    for (b, code) in codes.enumerated() {
      let root = Double(DecibelCode.amplitude(code))
      let energy = root * root
      guard energy >= gate else { continue }
      indices.append(b)
      energies.append(energy)
      before += energy
    }
  }
}
