import Foundation

/// Speech synthesis with espeak-ng: the front door of `SpeechAudio` for voices and raw speech.
///
/// There is one synthesizer per process (``shared``), because espeak-ng has global state. It is
/// safe to call from any thread: calls are serialised. Text is synthesised a piece at a time
/// (a few sentences), and each piece is handed to the caller in chunks once espeak-ng has
/// finished it, so the caller's closure runs outside the engine and may even synthesise again.
///
/// ```swift
/// try Synthesizer.shared.synthesize("Xin chào bà con.", settings: VoiceSettings()) { chunk in
///   meter.add(chunk)
/// }
/// ```
public final class Synthesizer: Sendable {
  /// The process's synthesizer.
  public static let shared = Synthesizer()

  /// The longest piece of text (in UTF-8 bytes) handed to espeak-ng at once; bounds memory.
  static let pieceLimit = 600
  /// Frames per chunk handed to the caller.
  static let chunkFrames = 4096

  private let engine: EspeakEngine

  private init() {
    engine = .shared
  }

  /// The engine and its version, e.g. "espeak-ng 1.51".
  public var engineVersion: String { engine.version }

  /// espeak-ng's own output rate (22,050 Hz); 22,050 if the engine cannot start.
  public var nativeSampleRate: Int {
    (try? engine.withLock { $0.sampleRate }) ?? 22_050
  }

  /// Starts the engine if needed; throws ``SpeechAudioError/engineDataMissing(searched:)`` when
  /// the espeak-ng data is not installed.
  public func prepare() throws {
    _ = try engine.withLock { $0.sampleRate }
  }

  /// The espeak-ng data folder the engine reads: Loa's overlay of the system's data (starts
  /// the engine).
  var dataPath: String? {
    try? engine.withLock { $0.dataPath }
  }

  /// The installed voices: Vietnamese ones first (northern, central, southern), then the rest
  /// by name.
  public func voices() throws -> [VoiceInfo] {
    try engine.withLock { $0.listVoices() }
  }

  /// The voice with this name (case-insensitive), or
  /// ``SpeechAudioError/unknownVoice(_:available:)`` listing the installed ones.
  public func voice(named name: String) throws -> VoiceInfo {
    let all = try voices()
    let wanted = name.lowercased()
    if let voice = all.first(where: { $0.name.lowercased() == wanted }) { return voice }
    if let voice = all.first(where: { $0.identifier.lowercased() == wanted }) { return voice }
    throw SpeechAudioError.unknownVoice(name, available: all.map(\.name))
  }

  /// Synthesises `text` and streams it to `chunk` as mono Float samples at ``nativeSampleRate``.
  ///
  /// - Parameters:
  ///   - text: Already-normalised text (UTF-8); SpeechAudio knows no language rules.
  ///   - settings: Voice, rate, pitch, volume and word gap.
  ///   - chunk: Receives consecutive chunks of at most a few thousand samples. It runs outside
  ///     the engine lock; an error it throws stops synthesis and is rethrown.
  public func synthesize(
    _ text: String, settings: VoiceSettings,
    chunk: (UnsafeBufferPointer<Float>) throws -> Void
  ) throws {
    var floats: [Float] = []
    try synthesizeEngineSamples(text, settings: settings) { samples in
      SynthesisJob.convert(samples, into: &floats)
      try floats.withUnsafeBufferPointer { try chunk($0) }
    }
  }

  /// Synthesises `text` like ``synthesize(_:settings:chunk:)`` but hands over the engine's own
  /// 16-bit samples (at ``nativeSampleRate``), which that method divides by 32768.
  func synthesizeEngineSamples(
    _ text: String, settings: VoiceSettings,
    chunk: (UnsafeBufferPointer<Int16>) throws -> Void
  ) throws {
    try settings.validate()
    let job = SynthesisJob(capacity: 22_050 * 8)
    for piece in TextPieces.split(text, limit: Self.pieceLimit) {
      job.reset()
      try engine.withLock { session in
        try session.apply(settings)
        try session.synthesize(piece, into: job)
      }
      try job.samples.withUnsafeBufferPointer { all in
        var start = 0
        while start < all.count {
          let end = min(start + Self.chunkFrames, all.count)
          try chunk(UnsafeBufferPointer(rebasing: all[start..<end]))
          start = end
        }
      }
    }
  }
}
