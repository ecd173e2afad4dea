import CSpeechKernels
import Foundation

/// Streams samples and keeps their true peak (see ``TruePeakFilter``), computing the
/// oversampled value only for blocks loud enough to raise the running maximum.
struct PeakTracker {
  /// The last ``TruePeakFilter/history`` samples so far (zeros before the stream), then room
  /// for the first block of the next chunk.
  private var head: [Float]
  /// The true peak so far (linear).
  private(set) var peak: Float = 0

  /// Samples per block whose sample peak decides whether its true peak is computed.
  static let block = 64

  /// The largest ratio of a true peak to the sample peak around it (sum of |coefficients|),
  /// with a margin for rounding: a block is skipped only when it certainly cannot count.
  private static let bound: Float = {
    let c = TruePeakFilter.coefficients
    let taps = TruePeakFilter.taps
    let largest =
      (0..<3).map { phase in
        c[(phase * taps)..<((phase + 1) * taps)].reduce(0) { $0 + abs($1) }
      }
      .max() ?? 2
    return max(1, largest) * 1.000_1
  }()

  /// Creates a tracker for the start of a stream.
  init() {
    head = [Float](repeating: 0, count: TruePeakFilter.history)
  }

  /// Adds samples: the first block through `head` (it needs the previous chunk's last
  /// samples), the rest in place (`loa_track_peak`, in C).
  mutating func add(_ samples: UnsafeBufferPointer<Float>) {
    guard let base = samples.baseAddress, !samples.isEmpty else { return }
    let history = TruePeakFilter.history
    let first = min(samples.count, Self.block)
    head.removeSubrange(history...)
    head.append(contentsOf: samples.prefix(first))
    var peak = self.peak
    TruePeakFilter.coefficients.withUnsafeBufferPointer { c in
      head.withUnsafeBufferPointer {
        peak = loa_track_peak(
          $0.baseAddress, history, history + first, peak, Self.bound, c.baseAddress)
      }
      if samples.count > first {
        peak = loa_track_peak(base, first, samples.count, peak, Self.bound, c.baseAddress)
      }
    }
    self.peak = peak
    // Keep the last `history` samples of everything so far.
    if samples.count >= history {
      head.replaceSubrange(0..<head.count, with: samples.suffix(history))
    } else {
      head.removeFirst(head.count - history)
    }
  }

  /// The true peak in dBTP (−200 for silence).
  var decibels: Double {
    peak > 0 ? 20 * log10(Double(peak)) : -200
  }
}
