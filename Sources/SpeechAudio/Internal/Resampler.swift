import CSoxr

/// A libsoxr high-quality mono resampler that produces exactly round(input × ratio) frames.
final class Resampler {
  private var handle: soxr_t?
  private let inputRate: Int
  private let outputRate: Int
  private var consumed = 0
  private var produced = 0
  private var output: [Float]

  /// Creates a resampler from `inputRate` to `outputRate` frames a second.
  init(from inputRate: Int, to outputRate: Int) throws {
    self.inputRate = inputRate
    self.outputRate = outputRate
    var error: soxr_error_t?
    var io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
    var quality = soxr_quality_spec(UInt(SOXR_HQ), 0)
    handle = soxr_create(Double(inputRate), Double(outputRate), 1, &error, &io, &quality, nil)
    output = [Float](repeating: 0, count: 8192)
    if let error { throw SpeechAudioError.resamplingFailed(String(cString: error)) }
    guard handle != nil else { throw SpeechAudioError.resamplingFailed("soxr_create") }
  }

  deinit {
    if let handle { soxr_delete(handle) }
  }

  /// The frames the whole input should become.
  private var expectedOutput: Int {
    Int((Double(consumed) * Double(outputRate) / Double(inputRate)).rounded())
  }

  /// Resamples `input`, passing what is ready to `sink`.
  func process(
    _ input: UnsafeBufferPointer<Float>, sink: (UnsafeBufferPointer<Float>) throws -> Void
  ) throws {
    var offset = 0
    while offset < input.count {
      let count = min(2048, input.count - offset)
      var done = 0
      var made = 0
      let base = input.baseAddress! + offset
      let error = output.withUnsafeMutableBufferPointer { out in
        soxr_process(handle, base, count, &done, out.baseAddress, out.count, &made)
      }
      if let error { throw SpeechAudioError.resamplingFailed(String(cString: error)) }
      offset += done
      consumed += done
      try emit(made, sink: sink)
    }
  }

  /// Flushes the filter tail and pads or trims to the exact length.
  func finish(sink: (UnsafeBufferPointer<Float>) throws -> Void) throws {
    while produced < expectedOutput {
      var made = 0
      let error = output.withUnsafeMutableBufferPointer { out in
        soxr_process(handle, nil, 0, nil, out.baseAddress, out.count, &made)
      }
      if let error { throw SpeechAudioError.resamplingFailed(String(cString: error)) }
      if made == 0 { break }
      try emit(made, sink: sink)
    }
    let missing = expectedOutput - produced
    if missing > 0 {
      let zeros = [Float](repeating: 0, count: missing)
      try zeros.withUnsafeBufferPointer { try sink($0) }
      produced += missing
    }
  }

  /// Passes `count` fresh output frames on, never beyond the exact total for the input so far.
  private func emit(_ count: Int, sink: (UnsafeBufferPointer<Float>) throws -> Void) throws {
    let allowed = max(0, min(count, expectedOutput - produced))
    guard allowed > 0 else { return }
    try output.withUnsafeBufferPointer { try sink(UnsafeBufferPointer(rebasing: $0[0..<allowed])) }
    produced += allowed
  }
}
