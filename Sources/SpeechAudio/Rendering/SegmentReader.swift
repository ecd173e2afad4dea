import Foundation

/// Turns segments into mono Float samples at the output rate, streamed in chunks.
struct SegmentReader {
  /// The output frames per second.
  let sampleRate: Int
  /// The synthesizer for speech segments.
  let synthesizer: Synthesizer
  /// Speech synthesised ahead by worker processes, in segment order; nil: synthesise here.
  var prefetched: SynthesisStream? = nil

  /// Frames read from a file per step.
  private static let fileChunk = 8192

  /// Streams `segment` to `sink`.
  func produce(_ segment: AudioSegment, sink: (UnsafeBufferPointer<Float>) throws -> Void) throws {
    let counting = sink
    switch segment {
    case .speech(let text, let settings):
      try speech(text, settings: settings, sink: counting)
    case .silence(let seconds):
      try silence(frames: Int((seconds * Double(sampleRate)).rounded()), sink: counting)
    case .chime:
      let samples = Chime.samples(sampleRate: sampleRate)
      try samples.withUnsafeBufferPointer { try counting($0) }
    case .emergencyChime:
      let samples = EmergencyChime.samples(sampleRate: sampleRate)
      try samples.withUnsafeBufferPointer { try counting($0) }
    case .file(let url):
      try file(url, sink: counting)
    }
  }

  /// Checks what can be checked before any work: silence lengths and voice settings.
  static func validate(_ segments: [AudioSegment]) throws {
    for segment in segments {
      switch segment {
      case .silence(let seconds):
        guard seconds.isFinite, seconds >= 0, seconds < 86_400 else {
          throw SpeechAudioError.invalidSilence(seconds)
        }
      case .speech(_, let settings):
        try settings.validate()
      case .chime, .emergencyChime, .file:
        break
      }
    }
  }

  private func speech(
    _ text: String, settings: VoiceSettings, sink: (UnsafeBufferPointer<Float>) throws -> Void
  ) throws {
    if let prefetched {
      try prefetched.next(sink)
      return
    }
    let native = synthesizer.nativeSampleRate
    if native == sampleRate {
      try synthesizer.synthesize(text, settings: settings, chunk: sink)
      return
    }
    let resampler = try Resampler(from: native, to: sampleRate)
    try synthesizer.synthesize(text, settings: settings) { chunk in
      try resampler.process(chunk, sink: sink)
    }
    try resampler.finish(sink: sink)
  }

  private func silence(frames: Int, sink: (UnsafeBufferPointer<Float>) throws -> Void) throws {
    let zeros = [Float](repeating: 0, count: min(frames, 8192))
    var remaining = frames
    try zeros.withUnsafeBufferPointer { all in
      while remaining > 0 {
        let count = min(remaining, all.count)
        try sink(UnsafeBufferPointer(rebasing: all[0..<count]))
        remaining -= count
      }
    }
  }

  private func file(_ url: URL, sink: (UnsafeBufferPointer<Float>) throws -> Void) throws {
    let input = try SoundFile.openForReading(url.path)
    let channels = max(1, input.channels)
    let resampler =
      input.sampleRate == sampleRate ? nil : try Resampler(from: input.sampleRate, to: sampleRate)
    var interleaved = [Float](repeating: 0, count: Self.fileChunk * channels)
    var mono = [Float](repeating: 0, count: Self.fileChunk)
    while true {
      let got = interleaved.withUnsafeMutableBufferPointer {
        input.read(into: $0.baseAddress!, frames: Self.fileChunk)
      }
      if got <= 0 { break }
      if channels == 1 {
        for i in 0..<got { mono[i] = interleaved[i] }
      } else {
        let scale = 1 / Float(channels)
        for i in 0..<got {
          var sum: Float = 0
          for c in 0..<channels { sum += interleaved[i * channels + c] }
          mono[i] = sum * scale
        }
      }
      try mono.withUnsafeBufferPointer { all in
        let chunk = UnsafeBufferPointer(rebasing: all[0..<got])
        if let resampler { try resampler.process(chunk, sink: sink) } else { try sink(chunk) }
      }
    }
    try resampler?.finish(sink: sink)
  }
}
