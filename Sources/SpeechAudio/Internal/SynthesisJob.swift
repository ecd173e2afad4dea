/// The samples espeak-ng produces for one call of `espeak_Synth`.
///
/// Owned by the caller for the duration of that call; the synthesis callback reaches it through
/// the event's `user_data` and only appends to it.
final class SynthesisJob {
  /// Mono samples in −1…1 at the engine's sample rate.
  private(set) var samples: [Float] = []

  /// Creates an empty job with room for `capacity` samples.
  init(capacity: Int = 0) {
    samples.reserveCapacity(capacity)
  }

  /// Appends 16-bit samples, converted to Float.
  func append(_ buffer: UnsafeBufferPointer<Int16>) {
    let scale: Float = 1.0 / 32768.0
    let start = samples.count
    // Room first, then one plain loop: a lazily mapped append goes element by element through
    // the generic sequence path, several times slower.
    samples.append(contentsOf: repeatElement(0, count: buffer.count))
    samples.withUnsafeMutableBufferPointer { out in
      for index in 0..<buffer.count { out[start + index] = Float(buffer[index]) * scale }
    }
  }

  /// Forgets the samples, keeping the storage.
  func reset() {
    samples.removeAll(keepingCapacity: true)
  }
}
