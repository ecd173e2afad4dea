extension Synthesizer {
  /// Selects the voice and parameters of `settings` without synthesising (espeak-ng loads the
  /// voice's dictionary then); a synthesis worker does this once before forking its children.
  func select(_ settings: VoiceSettings) throws {
    try settings.validate()
    try EspeakEngine.shared.withLock { try $0.apply(settings) }
  }
}
