extension Synthesizer {
  /// The phonemes espeak-ng would speak for `text` with `settings`' voice, without synthesising.
  ///
  /// Goes through the same engine lock as synthesis, so it is safe alongside it. A switch to
  /// another language's voice (say English for "Facebook") shows as a marker such as `(en)`.
  public func phonemes(_ text: String, settings: VoiceSettings = VoiceSettings()) throws -> String {
    try settings.validate()
    return try EspeakEngine.shared.withLock { session in
      try session.apply(settings)
      return session.phonemes(text)
    }
  }
}
