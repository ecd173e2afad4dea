import CSpeechKernels

/// The samples of one worker reply, still in the bytes they arrived in: one stretch of the
/// payload per text, Float32 or the engine's own Int16 (see ``WorkerFrame``).
///
/// Kept as bytes so that the parent makes no second copy of a reply: a renderer converts each
/// text to Float chunk by chunk as it reads it (``produce(_:into:sink:)``), then hands the
/// payload back to its pool for the next reply (``SynthesisPool/recycle(_:)``), so replies land
/// in memory already mapped.
struct SynthesisReply: Sendable {
  /// The payload bytes; only the first `length` belong to this reply (the buffer is reused).
  let payload: [UInt8]
  /// Bytes of `payload` the reply takes.
  let length: Int
  /// Where each text's samples are in `payload`.
  let texts: [Range<Int>]
  /// The samples are espeak-ng's Int16 (value / 32768, exactly), not Float32.
  let engineSamples: Bool

  /// Bytes per sample.
  private var width: Int { engineSamples ? 2 : 4 }

  /// Frames of text `index`.
  func frames(of index: Int) -> Int {
    texts[index].count / width
  }

  /// Hands text `index` to `sink` as Float samples, at most `scratch`'s capacity (or 8,192)
  /// at a time; `scratch` is reused from call to call.
  func produce(
    _ index: Int, into scratch: inout [Float], sink: (UnsafeBufferPointer<Float>) throws -> Void
  ) rethrows {
    let chunk = 8_192
    if scratch.count < chunk { scratch = [Float](repeating: 0, count: chunk) }
    let total = frames(of: index)
    let start = texts[index].lowerBound
    var done = 0
    try payload.withUnsafeBytes { raw in
      try scratch.withUnsafeMutableBufferPointer { out in
        while done < total {
          let count = min(out.count, total - done)
          let from = start + done * width
          if engineSamples {
            Self.convert(raw, from: from, count: count, into: out)
          } else {
            Self.copy(raw, from: from, count: count, into: out)
          }
          try sink(UnsafeBufferPointer(rebasing: out[0..<count]))
          done += count
        }
      }
    }
  }

  /// Every text's samples as arrays (for callers that want them whole).
  var batch: [[Float]] {
    (0..<texts.count).map { index in
      var all: [Float] = []
      all.reserveCapacity(frames(of: index))
      var scratch: [Float] = []
      produce(index, into: &scratch) { all.append(contentsOf: $0) }
      return all
    }
  }

  /// `count` little-endian Int16 values from byte `from`, divided by 32768 (exact).
  private static func convert(
    _ raw: UnsafeRawBufferPointer, from: Int, count: Int,
    into out: UnsafeMutableBufferPointer<Float>
  ) {
    #if _endian(little)
      loa_engine_samples(raw.baseAddress! + from, out.baseAddress, count)
    #else
      let scale: Float = 1.0 / 32768.0
      for index in 0..<count {
        let bits = raw.loadUnaligned(fromByteOffset: from + index * 2, as: Int16.self)
        out[index] = Float(Int16(littleEndian: bits)) * scale
      }
    #endif
  }

  /// `count` little-endian Float32 values from byte `from`.
  private static func copy(
    _ raw: UnsafeRawBufferPointer, from: Int, count: Int,
    into out: UnsafeMutableBufferPointer<Float>
  ) {
    #if _endian(little)
      UnsafeMutableRawPointer(out.baseAddress!).copyMemory(
        from: raw.baseAddress! + from, byteCount: count * 4)
    #else
      for index in 0..<count {
        let bits = raw.loadUnaligned(fromByteOffset: from + index * 4, as: UInt32.self)
        out[index] = Float(bitPattern: UInt32(littleEndian: bits))
      }
    #endif
  }
}
