import CSpeechKernels
import Foundation

/// EBU R128 integrated loudness of a mono stream (ITU-R BS.1770-4), without libebur128.
///
/// The same measurement libebur128 makes in its `EBUR128_MODE_I`: K-weighting (the
/// high-shelf pre-filter and the RLB high-pass, their coefficients derived for any sample rate
/// from the same analogue prototypes), 400 ms gating blocks every 100 ms from the start of the
/// stream, an absolute gate at −70 LUFS and a relative gate 10 LU under the loudness of the
/// blocks that pass it. It keeps one energy per 100 ms (about 300 KB for ten hours), so the
/// gating is exact rather than binned.
///
/// The filter is recursive, so one stream is a chain of dependent multiplications: the meter
/// gathers two frames of 1.7 s and filters each frame's four 0.4 s stretches at once, one per
/// SIMD lane (both frames together, eight lanes, where the processor has AVX-512).
/// Each lane starts from rest one sub-block (100 ms, 24 time constants of the 38 Hz high-pass)
/// before the samples it measures, which brings each sub-block's energy within about 10⁻⁹ of
/// the continuous filter's (`KWeightedMeterTests`): loudness moves by less than 10⁻⁸ LU. The
/// lanes depend on sample positions only, never on how the samples were handed over, so the
/// figures are the same for any chunking.
///
/// Meters of consecutive parts of a program combine with ``integratedLoudness(of:)``: the
/// gating runs over all their blocks (each part's blocks start at its own first sample).
struct KWeightedMeter {
  /// Samples per 100 ms sub-block (rounded as libebur128 rounds it).
  let subBlock: Int
  /// Sum of squares of the K-weighted samples of each sub-block filtered so far.
  private var filtered: [Double] = []
  /// The K-weighting's two sections.
  let shelf: Biquad
  let highPass: Biquad
  /// One sub-block of samples already measured (zeros before the stream), then the samples
  /// still to filter.
  private var pending: [Float]

  /// Sub-blocks each lane measures in a full frame.
  static let laneSubBlocks = 4
  /// Lanes filtered together.
  static let lanes = 4

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
    pending = [Float](repeating: 0, count: subBlock)
    pending.reserveCapacity(pairLength)
  }

  /// Samples of a full frame: the warm-up sub-block and every lane's sub-blocks.
  private var frameLength: Int { subBlock * (1 + Self.lanes * Self.laneSubBlocks) }
  /// Samples between the starts of consecutive frames (the last sub-block of one is the
  /// warm-up of the next).
  private var frameStride: Int { subBlock * Self.lanes * Self.laneSubBlocks }
  /// Samples gathered before filtering: two frames, filtered together.
  private var pairLength: Int { frameStride + frameLength }

  /// Adds samples.
  mutating func add(_ samples: UnsafeBufferPointer<Float>) {
    var rest = samples[...]
    while !rest.isEmpty {
      let take = min(rest.count, pairLength - pending.count)
      pending.append(contentsOf: rest.prefix(take))
      rest = rest.dropFirst(take)
      guard pending.count == pairLength else { continue }
      pending.withUnsafeBufferPointer {
        Self.filterPair($0, subBlock: subBlock, shelf: shelf, highPass: highPass, into: &filtered)
      }
      // The last measured sub-block warms the next frame's first lane up.
      pending.removeFirst(2 * frameStride)
    }
  }

  /// The energy of each complete sub-block added so far.
  var subBlockEnergies: [Double] {
    var energies = filtered
    var start = 0
    if pending.count >= frameLength {
      // A whole frame is waiting for its pair: filtered alone, as it is.
      pending.withUnsafeBufferPointer {
        Self.filter(
          $0, perLane: Self.laneSubBlocks, keeping: Self.lanes * Self.laneSubBlocks,
          subBlock: subBlock, shelf: shelf, highPass: highPass, into: &energies)
      }
      start = frameStride
    }
    let whole = (pending.count - start - subBlock) / subBlock
    guard whole > 0 else { return energies }
    // The rest, spread over the lanes (the last lanes padded with silence, dropped).
    let perLane = (whole + Self.lanes - 1) / Self.lanes
    var padded = [Float](repeating: 0, count: subBlock * (1 + Self.lanes * perLane))
    padded.replaceSubrange(
      0..<(subBlock * (1 + whole)), with: pending[start..<(start + subBlock * (1 + whole))])
    padded.withUnsafeBufferPointer {
      Self.filter(
        $0, perLane: perLane, keeping: whole, subBlock: subBlock, shelf: shelf,
        highPass: highPass, into: &energies)
    }
    return energies
  }

  /// Two consecutive full frames of `samples` (the second starting one frame stride on),
  /// through `loa_k_weight_frames`: eight lanes at once where the processor has AVX-512.
  private static func filterPair(
    _ samples: UnsafeBufferPointer<Float>, subBlock: Int, shelf f: Biquad, highPass h: Biquad,
    into energies: inout [Double]
  ) {
    let perLane = laneSubBlocks
    var sums = [Double](repeating: 0, count: 2 * (perLane + 1) * lanes)
    let shelf = [f.b0, f.b1, f.b2, f.a1, f.a2]
    let highPass = [h.b0, h.b1, h.b2, h.a1, h.a2]
    sums.withUnsafeMutableBufferPointer { sums in
      let second = sums.baseAddress! + (perLane + 1) * lanes
      loa_k_weight_frames(
        samples.baseAddress, subBlock * lanes * perLane, perLane, subBlock, shelf, highPass,
        sums.baseAddress, second)
    }
    for frame in 0..<2 {
      let base = frame * (perLane + 1) * lanes
      for lane in 0..<lanes {
        for block in 1...perLane { energies.append(sums[base + block * lanes + lane]) }
      }
    }
  }

  /// K-weights `samples` in ``lanes`` lanes of `perLane` sub-blocks, lane `k` measuring
  /// sub-blocks `k·perLane …` after the first (its warm-up); appends the first `keeping`
  /// sub-block energies, in order.
  private static func filter(
    _ samples: UnsafeBufferPointer<Float>, perLane: Int, keeping: Int, subBlock: Int,
    shelf f: Biquad, highPass h: Biquad, into energies: inout [Double]
  ) {
    // Four lanes at a time, in C (`loa_k_weight_lanes`): compiled for AVX2 as well as the
    // baseline, the processor's version chosen when the program loads.
    var sums = [Double](repeating: 0, count: (perLane + 1) * Self.lanes)
    let shelf = [f.b0, f.b1, f.b2, f.a1, f.a2]
    let highPass = [h.b0, h.b1, h.b2, h.a1, h.a2]
    sums.withUnsafeMutableBufferPointer { sums in
      loa_k_weight_lanes(
        samples.baseAddress, perLane, subBlock, shelf, highPass, sums.baseAddress)
    }
    for lane in 0..<Self.lanes {
      for block in 1...perLane where lane * perLane + block <= keeping {
        energies.append(sums[block * Self.lanes + lane])
      }
    }
  }

  /// The mean square of each 400 ms gating block (four sub-blocks, one sub-block apart).
  var blockEnergies: [Double] {
    let energies = subBlockEnergies
    guard energies.count >= 4 else { return [] }
    let scale = 1 / Double(4 * subBlock)
    return (0...(energies.count - 4)).map { j in
      (energies[j] + energies[j + 1] + energies[j + 2] + energies[j + 3]) * scale
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
