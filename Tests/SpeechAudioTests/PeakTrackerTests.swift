import Foundation
import Testing

@testable import SpeechAudio

/// The true-peak tracker of the final pass, which computes the oversampled values only where a
/// block could raise the running maximum.
@Suite struct PeakTrackerTests {
  @Test(
    "Fed in any chunks, the tracker finds the interpolator's peak over the whole stream",
    arguments: [1, 5, 12, 63, 64, 65, 1_000, 16_384])
  func chunking(chunk: Int) {
    // Inter-sample peaks: a tone near a quarter of the rate, phase-shifted so that its samples
    // miss the crests, quiet but for one loud stretch.
    let samples = (0..<70_000).map { n -> Float in
      let level: Float = n >= 41_000 && n < 41_040 ? 0.95 : 0.4
      return level * Float(sin(2 * Double.pi * 0.2371 * Double(n) + 0.8))
    }
    let padded = [Float](repeating: 0, count: TruePeakFilter.history) + samples
    let exact = padded.withUnsafeBufferPointer {
      TruePeakFilter.peak($0.baseAddress!, TruePeakFilter.history..<padded.count)
    }
    var tracker = PeakTracker()
    samples.withUnsafeBufferPointer { all in
      var start = 0
      while start < all.count {
        let end = min(start + chunk, all.count)
        tracker.add(UnsafeBufferPointer(rebasing: all[start..<end]))
        start = end
      }
    }
    #expect(abs(tracker.peak - exact) <= exact * 1e-6)
    // The peak lies between samples: above every sample's own magnitude.
    #expect(tracker.peak > samples.map(abs).max()!)
  }
}
