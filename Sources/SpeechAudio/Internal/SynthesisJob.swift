/// The samples espeak-ng produces for one call of `espeak_Synth`.
///
/// Owned by the caller for the duration of that call; the synthesis callback reaches it through
/// the event's `user_data` and only appends to it. The engine's own 16-bit samples are kept as
/// they are: a synthesis worker sends them on unchanged, the in-process path converts them a
/// chunk at a time.
final class SynthesisJob {
  /// Mono 16-bit samples at the engine's sample rate.
  private(set) var samples: [Int16] = []

  /// Creates an empty job with room for `capacity` samples.
  init(capacity: Int = 0) {
    samples.reserveCapacity(capacity)
  }

  /// Appends 16-bit samples.
  func append(_ buffer: UnsafeBufferPointer<Int16>) {
    samples.append(contentsOf: buffer)
  }

  /// Forgets the samples, keeping the storage.
  func reset() {
    samples.removeAll(keepingCapacity: true)
  }

  /// The engine's 16-bit samples as Float in −1…1 (divided by 32768: exact, and undone exactly
  /// by multiplying back).
  static func convert(_ samples: UnsafeBufferPointer<Int16>, into floats: inout [Float]) {
    let scale: Float = 1.0 / 32768.0
    floats.removeAll(keepingCapacity: true)
    floats.append(contentsOf: repeatElement(0, count: samples.count))
    floats.withUnsafeMutableBufferPointer { out in
      for index in 0..<samples.count { out[index] = Float(samples[index]) * scale }
    }
  }
}
