import CEspeakNG
import Foundation

/// The process's one espeak-ng engine.
///
/// espeak-ng keeps global state and is not thread-safe, and terminating and re-initialising it
/// deadlocks in 1.51. So there is exactly one engine, initialised lazily on first use and never
/// terminated; every call goes through ``withLock(_:)``. The synthesis callback never calls back
/// into espeak-ng or into user code: it only appends samples to the ``SynthesisJob`` it finds
/// through the event's `user_data`, and user code sees those samples only after `espeak_Synth`
/// has returned and the lock is released.
final class EspeakEngine: @unchecked Sendable {
  /// The engine of this process.
  static let shared = EspeakEngine()

  /// What initialisation produced (kept forever: a failure is not retried).
  private enum State {
    case uninitialised
    case ready(sampleRate: Int, overlay: EspeakDataOverlay)
    case failed(SpeechAudioError)
  }

  private let lock = NSLock()
  private var state = State.uninitialised
  private var applied: VoiceSettings?
  /// The installed voices, read once (espeak-ng reads every voice file to list them).
  private var voices: [VoiceInfo]?

  private init() {}

  /// The engine's version, e.g. "espeak-ng 1.51" (no initialisation needed).
  var version: String {
    "espeak-ng " + String(cString: espeak_Info(nil))
  }

  /// Runs `body` with the engine initialised and locked; `body` must not call user code.
  func withLock<T>(_ body: (Session) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    let sampleRate = try initialiseIfNeeded()
    return try body(Session(engine: self, sampleRate: sampleRate))
  }

  /// The sample rate, initialising the engine on first use (call with the lock held).
  private func initialiseIfNeeded() throws -> Int {
    switch state {
    case .ready(let sampleRate, _): return sampleRate
    case .failed(let error): throw error
    case .uninitialised: break
    }
    do {
      // espeak-ng reads its data through Loa's overlay, which adds the project's variants.
      let overlay = try EspeakDataOverlay.prepare(mirroring: EspeakDataLocator.locate())
      let rate = espeak_Initialize(
        AUDIO_OUTPUT_SYNCHRONOUS, 250, overlay.path, Int32(espeakINITIALIZE_DONT_EXIT))
      guard rate > 0 else { throw SpeechAudioError.engineFailed("espeak_Initialize = \(rate)") }
      espeak_SetSynthCallback(espeakSynthCallback)
      state = .ready(sampleRate: Int(rate), overlay: overlay)
      return Int(rate)
    } catch let error as SpeechAudioError {
      state = .failed(error)
      throw error
    }
  }

  /// Engine operations available while the lock is held.
  struct Session {
    fileprivate let engine: EspeakEngine
    /// espeak-ng's output sample rate.
    let sampleRate: Int

    /// The data folder espeak-ng reads (Loa's overlay of the system's data).
    var dataPath: String? {
      if case .ready(_, let overlay) = engine.state { return overlay.path }
      return nil
    }

    /// Every installed voice: Vietnamese ones first (northern, central, southern), then the
    /// rest by name.
    func listVoices() -> [VoiceInfo] {
      if let voices = engine.voices { return voices }
      let order = ["vi": 0, "vi-vn-x-central": 1, "vi-vn-x-south": 2]
      let voices = installedVoices().sorted { lhs, rhs in
        let left = (lhs.isVietnamese ? 0 : 1, order[lhs.name.lowercased()] ?? 9, lhs.name)
        let right = (rhs.isVietnamese ? 0 : 1, order[rhs.name.lowercased()] ?? 9, rhs.name)
        return left < right
      }
      engine.voices = voices
      engine.applied = nil  // listing reads voice files; select the voice again before speaking
      return voices
    }

    /// Every installed voice, in espeak-ng's order.
    private func installedVoices() -> [VoiceInfo] {
      guard let list = espeak_ListVoices(nil) else { return [] }
      var voices: [VoiceInfo] = []
      var index = 0
      while let voice = list[index] {
        index += 1
        let languages = Self.languages(voice.pointee.languages)
        let name = languages.first ?? String(cString: voice.pointee.name)
        voices.append(
          VoiceInfo(
            name: name, identifier: String(cString: voice.pointee.identifier),
            languages: languages, regionName: VoiceInfo.regionName(forLanguage: name)))
      }
      return voices
    }

    /// Decodes espeak's `languages` field: (priority byte, NUL-terminated name) pairs.
    private static func languages(_ field: UnsafePointer<CChar>?) -> [String] {
      guard var cursor = field else { return [] }
      var result: [String] = []
      while cursor.pointee != 0 {
        let name = String(cString: cursor + 1)
        result.append(name)
        cursor += 2 + strlen(cursor + 1)
      }
      return result
    }

    /// Selects the voice and parameters, skipping calls when they are already in effect.
    func apply(_ settings: VoiceSettings) throws {
      let previous = engine.applied
      if previous == settings { return }
      engine.applied = nil
      if previous?.selectionName != settings.selectionName {
        try selectVoice(settings)
      }
      let parameters: [(espeak_PARAMETER, Int)] = [
        (espeakRATE, settings.rate), (espeakPITCH, settings.pitch),
        (espeakRANGE, settings.range), (espeakVOLUME, settings.volume),
        (espeakWORDGAP, settings.wordGap),
      ]
      for (parameter, value) in parameters {
        let status = espeak_SetParameter(parameter, Int32(value), 0)
        guard status == EE_OK else {
          throw SpeechAudioError.synthesisFailed(code: Int(status.rawValue))
        }
      }
      engine.applied = settings
    }

    /// Selects `settings`' voice and variant (writing a project variant into the overlay first).
    private func selectVoice(_ settings: VoiceSettings) throws {
      if let variant = settings.variant, case .ready(_, let overlay) = engine.state {
        try overlay.install(variant)
        // espeak-ng silently ignores a missing variant file: check it is there.
        let file = overlay.path + "/voices/!v/" + variant.fileName
        guard FileManager.default.fileExists(atPath: file) else {
          throw SpeechAudioError.unknownVariant(variant.name)
        }
      }
      guard espeak_SetVoiceByName(settings.selectionName) == EE_OK else {
        if settings.variant != nil,
          espeak_SetVoiceByName(settings.name) == EE_OK
        {
          throw SpeechAudioError.unknownVariant(settings.variant?.name ?? "")
        }
        throw SpeechAudioError.unknownVoice(settings.name, available: listVoices().map(\.name))
      }
    }

    /// Synthesises `text` (UTF-8) into `job`; returns when espeak-ng has produced all of it.
    func synthesize(_ text: String, into job: SynthesisJob) throws {
      let userData = Unmanaged.passUnretained(job).toOpaque()
      let status = text.withCString { pointer in
        espeak_Synth(
          pointer, strlen(pointer) + 1, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8), nil,
          userData)
      }
      guard status == EE_OK else {
        throw SpeechAudioError.synthesisFailed(code: Int(status.rawValue))
      }
    }
  }
}

/// The synthesis callback: appends samples to the job named by the event's `user_data`.
///
/// It never calls espeak-ng or user code, so it cannot re-enter the engine.
private func espeakSynthCallback(
  _ samples: UnsafeMutablePointer<Int16>?, _ count: Int32,
  _ events: UnsafeMutablePointer<espeak_EVENT>?
) -> Int32 {
  guard let userData = events?.pointee.user_data else { return 0 }
  let job = Unmanaged<SynthesisJob>.fromOpaque(userData).takeUnretainedValue()
  if let samples, count > 0 {
    job.append(UnsafeBufferPointer(start: samples, count: Int(count)))
  }
  return 0
}
