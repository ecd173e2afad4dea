import CEbur128

/// EBU R128 integrated loudness of a mono stream (libebur128, histogram mode: flat memory).
final class LoudnessMeter {
  private var state: UnsafeMutablePointer<ebur128_state>?

  /// Creates a meter for mono samples at `sampleRate`.
  init(sampleRate: Int) throws {
    let mode = Int32(EBUR128_MODE_I.rawValue | EBUR128_MODE_HISTOGRAM.rawValue)
    state = ebur128_init(1, UInt(sampleRate), mode)
    guard state != nil else { throw SpeechAudioError.meteringFailed }
  }

  deinit {
    if state != nil { ebur128_destroy(&state) }
  }

  /// Adds samples.
  func add(_ samples: UnsafeBufferPointer<Float>) throws {
    guard let base = samples.baseAddress, !samples.isEmpty else { return }
    guard ebur128_add_frames_float(state, base, samples.count) == Int32(EBUR128_SUCCESS.rawValue)
    else { throw SpeechAudioError.meteringFailed }
  }

  /// Integrated loudness in LUFS (−70 for silence).
  func integratedLoudness() throws -> Double {
    var value = 0.0
    guard ebur128_loudness_global(state, &value) == Int32(EBUR128_SUCCESS.rawValue) else {
      throw SpeechAudioError.meteringFailed
    }
    return value.isFinite ? max(value, -70) : -70
  }
}
