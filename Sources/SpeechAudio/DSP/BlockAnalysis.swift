/// Per-block true peak and energy of a program, gathered while it streams past (on the
/// metering thread, during synthesis) so the limiter needs no extra read.
///
/// Independent of any gain: the limiter derives its curve for a candidate gain from these
/// figures alone. One block is ``GainEnvelope/block`` samples; levels are kept as
/// ``DecibelCode``s, so an hour at 22,050 Hz keeps about 1.2 MB.
struct BlockAnalysis {
  /// True peak of each block (rounded up).
  private(set) var truePeaks: [UInt16] = []
  /// Root of the sum of squares of each block.
  private(set) var energies: [UInt16] = []
  /// Samples analysed.
  private(set) var count = 0
  /// History plus the samples of the unfinished block.
  private var window: [Float]

  /// Creates an empty analysis.
  init() {
    window = [Float](repeating: 0, count: TruePeakFilter.history)
  }

  /// Adds samples.
  mutating func add(_ samples: UnsafeBufferPointer<Float>) {
    window.append(contentsOf: samples)
    count += samples.count
    analyseFullBlocks(final: false)
  }

  /// Analyses the last, partial block.
  mutating func finish() {
    analyseFullBlocks(final: true)
  }

  private mutating func analyseFullBlocks(final: Bool) {
    let history = TruePeakFilter.history
    let block = GainEnvelope.block
    var start = history
    window.withUnsafeBufferPointer { all in
      let base = all.baseAddress!
      while start + block <= all.count || (final && start < all.count) {
        let end = min(start + block, all.count)
        let peak = TruePeakFilter.peak(base, start..<end)
        let energy = TruePeakFilter.energy(base, start..<end)
        truePeaks.append(DecibelCode.code(peak, roundingUp: true))
        energies.append(DecibelCode.code(energy.squareRoot(), roundingUp: false))
        start = end
      }
    }
    window.removeFirst(start - history)
  }
}
