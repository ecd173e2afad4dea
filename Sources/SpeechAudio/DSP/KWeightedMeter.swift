import Foundation

/// EBU R128 integrated loudness of a mono stream (ITU-R BS.1770-4), computed in Swift.
///
/// The same measurement libebur128 makes in its `EBUR128_MODE_I`: K-weighting (the
/// high-shelf pre-filter and the RLB high-pass, their coefficients derived for any sample rate
/// from the same analogue prototypes), 400 ms gating blocks every 100 ms from the start of the
/// stream, an absolute gate at −70 LUFS and a relative gate 10 LU under the loudness of the
/// blocks that pass it. It keeps one energy per 100 ms (about 300 KB for ten hours), so the
/// gating is exact rather than binned, and it costs a few times less than libebur128's generic
/// multi-channel loop: the filter runs in a tight Double loop with the sums in registers.
///
/// Meters of consecutive parts of a program combine with ``integratedLoudness(of:)``: the
/// gating runs over all their blocks (each part's blocks start at its own first sample).
struct KWeightedMeter {
  /// Samples per 100 ms sub-block (rounded as libebur128 rounds it).
  let subBlock: Int
  /// Sum of squares of the K-weighted samples of each complete sub-block.
  private(set) var subBlockEnergies: [Double] = []
  private let shelf: Biquad
  private let highPass: Biquad
  /// Filter state: two transposed direct-form II biquads.
  private var s1 = 0.0
  private var s2 = 0.0
  private var t1 = 0.0
  private var t2 = 0.0
  /// The unfinished sub-block: its sum and how many samples it has.
  private var sum = 0.0
  private var filled = 0

  /// Coefficients of one second-order section, a0 = 1.
  struct Biquad {
    var b0, b1, b2, a1, a2: Double
  }

  /// Creates a meter for mono samples at `sampleRate`.
  init(sampleRate: Int) {
    let rate = Double(sampleRate)
    subBlock = (sampleRate + 5) / 10
    // Stage 1, the high shelf (+4 dB above ~1.7 kHz).
    var f0 = 1681.974450955533
    let gain = 3.999843853973347
    var q = 0.7071752369554196
    var k = tan(Double.pi * f0 / rate)
    let vh = pow(10, gain / 20)
    let vb = pow(vh, 0.4996667741545416)
    var a0 = 1 + k / q + k * k
    shelf = Biquad(
      b0: (vh + vb * k / q + k * k) / a0, b1: 2 * (k * k - vh) / a0,
      b2: (vh - vb * k / q + k * k) / a0, a1: 2 * (k * k - 1) / a0, a2: (1 - k / q + k * k) / a0)
    // Stage 2, the RLB high-pass (~38 Hz).
    f0 = 38.13547087602444
    q = 0.5003270373238773
    k = tan(Double.pi * f0 / rate)
    a0 = 1 + k / q + k * k
    highPass = Biquad(
      b0: 1, b1: -2, b2: 1, a1: 2 * (k * k - 1) / a0, a2: (1 - k / q + k * k) / a0)
  }

  /// Adds samples.
  mutating func add(_ samples: UnsafeBufferPointer<Float>) {
    let f = shelf
    let h = highPass
    var (s1, s2, t1, t2) = (self.s1, self.s2, self.t1, self.t2)
    var sum = self.sum
    var filled = self.filled
    var index = 0
    let count = samples.count
    while index < count {
      let stop = min(count, index + subBlock - filled)
      for n in index..<stop {
        let x = Double(samples[n])
        let y = f.b0 * x + s1
        s1 = f.b1 * x - f.a1 * y + s2
        s2 = f.b2 * x - f.a2 * y
        let z = y + t1
        t1 = -2 * y - h.a1 * z + t2
        t2 = y - h.a2 * z
        sum += z * z
      }
      filled += stop - index
      index = stop
      if filled == subBlock {
        subBlockEnergies.append(sum)
        sum = 0
        filled = 0
      }
    }
    // Denormals would slow the filter to a crawl in long silences.
    if abs(s1) < 1e-30 { s1 = 0 }
    if abs(s2) < 1e-30 { s2 = 0 }
    if abs(t1) < 1e-30 { t1 = 0 }
    if abs(t2) < 1e-30 { t2 = 0 }
    (self.s1, self.s2, self.t1, self.t2) = (s1, s2, t1, t2)
    self.sum = sum
    self.filled = filled
  }

  /// The mean square of each 400 ms gating block (four sub-blocks, one sub-block apart).
  var blockEnergies: [Double] {
    guard subBlockEnergies.count >= 4 else { return [] }
    let scale = 1 / Double(4 * subBlock)
    return (0...(subBlockEnergies.count - 4)).map { j in
      (subBlockEnergies[j] + subBlockEnergies[j + 1] + subBlockEnergies[j + 2]
        + subBlockEnergies[j + 3]) * scale
    }
  }

  /// Integrated loudness in LUFS (−70 for silence or less than 400 ms).
  var integratedLoudness: Double {
    Self.gatedLoudness(blockEnergies)
  }

  /// Integrated loudness of several meters' samples taken together (gating over all blocks).
  static func integratedLoudness(of meters: [KWeightedMeter]) -> Double {
    gatedLoudness(meters.flatMap(\.blockEnergies))
  }

  /// The BS.1770 two-stage gate over block mean squares, as LUFS (floor −70).
  static func gatedLoudness(_ blocks: [Double]) -> Double {
    func loudness(_ energy: Double) -> Double { -0.691 + 10 * log10(energy) }
    let absolute = pow(10, (-70 + 0.691) / 10)
    let loud = blocks.filter { $0 >= absolute }
    guard !loud.isEmpty else { return -70 }
    let relative = loud.reduce(0, +) / Double(loud.count) * 0.1
    let gated = loud.filter { $0 >= relative }
    guard !gated.isEmpty else { return -70 }
    let value = loudness(gated.reduce(0, +) / Double(gated.count))
    return value.isFinite ? max(value, -70) : -70
  }
}
