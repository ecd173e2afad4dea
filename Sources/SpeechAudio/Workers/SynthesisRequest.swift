/// One piece of speech to synthesise: already-normalised text, its voice, and the output rate.
///
/// The unit of work a ``SynthesisPool`` hands to a worker process; the reply is exactly what
/// the renderer would have produced in process for `.speech(text, settings)` at `sampleRate`.
public struct SynthesisRequest: Sendable, Hashable {
  /// Already-normalised text (UTF-8).
  public var text: String
  /// Voice, rate, pitch, volume and word gap.
  public var settings: VoiceSettings
  /// The rate of the samples wanted back (the worker resamples from espeak-ng's own rate).
  public var sampleRate: Int

  /// Creates a request.
  public init(text: String, settings: VoiceSettings, sampleRate: Int) {
    self.text = text
    self.settings = settings
    self.sampleRate = sampleRate
  }

  /// How long a worker may take before it is taken for hung: 10 s, plus 1 s per 100 characters
  /// of text (espeak-ng speaks far faster than real time; this only catches a stuck engine).
  public var timeoutSeconds: Double {
    10 + Double(text.unicodeScalars.count) / 100
  }
}
