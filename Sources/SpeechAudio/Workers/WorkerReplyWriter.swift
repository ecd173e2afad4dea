/// Builds a ``WorkerFrame`` reply with samples in place, text by text, as the engine produces
/// them: no per-text arrays and no copy of the finished payload, so a worker's child touches
/// little fresh memory (each child starts from the pristine worker and faults in every page it
/// writes).
///
/// With `engineSamples` the frames go out as Int16 (status 2): the engine's own 16-bit samples,
/// half the bytes of Float32, and exact (the parent divides by 32768 as the engine binding
/// does). Only samples that came straight from the engine may be written that way.
struct WorkerReplyWriter {
  private var bytes: [UInt8] = []
  private let engineSamples: Bool
  /// Where the open text's frame count goes, and how many frames it has so far.
  private var countAt = 0
  private var frames = 0

  /// A reply to request `id` with `texts` texts; `capacity` is a guess of the total frames.
  init(id: UInt64, texts: Int, engineSamples: Bool, capacity: Int) {
    self.engineSamples = engineSamples
    bytes.reserveCapacity(17 + 4 * texts + capacity * (engineSamples ? 2 : 4))
    bytes.append(contentsOf: WorkerFrame.replyMagic)
    append(UInt32(0))
    append(id)
    bytes.append(engineSamples ? 2 : 0)
    append(UInt32(texts))
  }

  /// Starts the next text.
  mutating func beginText() {
    countAt = bytes.count
    frames = 0
    append(UInt32(0))
  }

  /// Appends frames of the open text (a reply made without `engineSamples`).
  mutating func append(_ samples: UnsafeBufferPointer<Float>) {
    precondition(!engineSamples, "Float samples in a reply of engine samples")
    frames += samples.count
    #if _endian(little)
      bytes.append(contentsOf: UnsafeRawBufferPointer(samples))
    #else
      for sample in samples { append(sample.bitPattern) }
    #endif
  }

  /// Appends the engine's own frames to the open text (a reply made with `engineSamples`).
  mutating func append(engineSamples samples: UnsafeBufferPointer<Int16>) {
    precondition(engineSamples, "engine samples in a reply of Float samples")
    frames += samples.count
    #if _endian(little)
      bytes.append(contentsOf: UnsafeRawBufferPointer(samples))
    #else
      for sample in samples { append(UInt16(bitPattern: sample)) }
    #endif
  }

  /// Ends the open text (writes its frame count).
  mutating func endText() {
    patch(UInt32(clamping: frames), at: countAt)
  }

  /// The whole frame.
  mutating func finish() -> [UInt8] {
    patch(UInt32(bytes.count - 8), at: 4)
    return bytes
  }

  private mutating func append<Value: FixedWidthInteger>(_ value: Value) {
    var little = value.littleEndian
    withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
  }

  private mutating func patch(_ value: UInt32, at offset: Int) {
    for index in 0..<4 {
      bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index))
    }
  }
}
