/// A batch of speech to synthesise: already-normalised texts (a few consecutive sentences),
/// their voice, and the output rate.
///
/// The unit of work a ``SynthesisPool`` hands to a worker process. The worker synthesises the
/// texts in order from a pristine engine, so the reply is a function of the batch alone; the
/// renderer forms batches from its segments only (never from `--jobs`), so output does not
/// depend on how many workers there are.
public struct SynthesisRequest: Sendable, Hashable {
  /// Already-normalised texts (UTF-8), in speaking order.
  public var texts: [String]
  /// Voice, rate, pitch, volume and word gap.
  public var settings: VoiceSettings
  /// The rate of the samples wanted back (the worker resamples from espeak-ng's own rate).
  public var sampleRate: Int

  /// Creates a request for several texts.
  public init(texts: [String], settings: VoiceSettings, sampleRate: Int) {
    self.texts = texts
    self.settings = settings
    self.sampleRate = sampleRate
  }

  /// Creates a request for one text.
  public init(text: String, settings: VoiceSettings, sampleRate: Int) {
    self.init(texts: [text], settings: settings, sampleRate: sampleRate)
  }

  /// How long a worker may take before it is taken for hung: 10 s, plus 1 s per 100 characters
  /// of text (espeak-ng speaks far faster than real time; this only catches a stuck engine).
  public var timeoutSeconds: Double {
    10 + Double(texts.reduce(0) { $0 + $1.unicodeScalars.count }) / 100
  }
}
