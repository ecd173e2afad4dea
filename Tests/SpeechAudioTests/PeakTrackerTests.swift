import Foundation
import Testing

@testable import SpeechAudio

/// The true-peak tracker of the final pass, whole and in two parts (two threads).
@Suite struct PeakTrackerTests {
  @Test(
    "A stream tracked in two parts (the second after the first's last samples) gives the single tracker's peak",
    arguments: [1_000, 16_384, 50_001])
  func twoParts(split: Int) {
    // Inter-sample peaks near the split: a tone near a quarter of the rate, phase-shifted so
    // that its samples miss the crests; loudest just after the split.
    let samples = (0..<70_000).map { n -> Float in
      let level: Float = n >= split && n < split + 40 ? 0.95 : 0.4
      return level * Float(sin(2 * Double.pi * 0.2371 * Double(n) + 0.8))
    }
    var whole = PeakTracker()
    samples.withUnsafeBufferPointer { whole.add($0) }
    var head = PeakTracker()
    var tail = samples.withUnsafeBufferPointer {
      PeakTracker(after: UnsafeBufferPointer(rebasing: $0[0..<split]))
    }
    samples.withUnsafeBufferPointer { all in
      head.add(UnsafeBufferPointer(rebasing: all[0..<split]))
      tail.add(UnsafeBufferPointer(rebasing: all[split...]))
    }
    #expect(max(head.peak, tail.peak) == whole.peak)
    // The peak lies between samples: above every sample's own magnitude.
    #expect(whole.peak > samples.map(abs).max()!)
    // The history matters: after a loud stretch, the first inter-sample values of a quiet
    // tail are computed from the loud samples before it.
    let edge = samples.indices.map { n -> Float in
      (n < split ? 0.95 : 0.05) * Float(sin(2 * Double.pi * 0.2371 * Double(n) + 0.8))
    }
    var cold = PeakTracker()
    var warm = edge.withUnsafeBufferPointer {
      PeakTracker(after: UnsafeBufferPointer(rebasing: $0[0..<split]))
    }
    edge.withUnsafeBufferPointer {
      cold.add(UnsafeBufferPointer(rebasing: $0[split..<(split + 40)]))
      warm.add(UnsafeBufferPointer(rebasing: $0[split..<(split + 40)]))
    }
    #expect(warm.peak > 2 * cold.peak)
  }
}
