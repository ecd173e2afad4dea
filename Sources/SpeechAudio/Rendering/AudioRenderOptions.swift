/// How ``AudioRenderer`` renders: output rate, loudness target, true-peak ceiling, metadata.
public struct AudioRenderOptions: Sendable, Hashable {
  /// Output frames per second (22,050 is espeak-ng's own rate: no resampling of speech).
  public var sampleRate: Int
  /// Target integrated loudness in LUFS; `nil` leaves the level alone (used for cache files).
  public var loudnessTarget: Double?
  /// The true-peak ceiling in dBTP applied when normalising.
  public var truePeakCeiling: Double
  /// The strings written into the file.
  public var metadata: AudioMetadata
  /// Whether an unnormalised render (`loudnessTarget` nil) measures its loudness; when not,
  /// ``RenderedAudio/integratedLoudness`` is NaN (cache files, whose loudness nobody reads,
  /// skip the K-weighting pass).
  public var measuresLoudness = true

  /// Creates options; defaults: 22,050 Hz, −16 LUFS, −1 dBTP.
  public init(
    sampleRate: Int = 22_050, loudnessTarget: Double? = -16, truePeakCeiling: Double = -1,
    metadata: AudioMetadata = AudioMetadata()
  ) {
    self.sampleRate = sampleRate
    self.loudnessTarget = loudnessTarget
    self.truePeakCeiling = truePeakCeiling
    self.metadata = metadata
  }

  /// Throws for a rate outside 8–192 kHz, a target outside −70…0 LUFS or a ceiling above 0.
  func validate() throws {
    guard (8_000...192_000).contains(sampleRate) else {
      throw SpeechAudioError.invalidSampleRate(sampleRate)
    }
    if let target = loudnessTarget, !(target >= -70 && target <= 0) {
      throw SpeechAudioError.invalidLoudness(target)
    }
    guard truePeakCeiling <= 0, truePeakCeiling > -40 else {
      throw SpeechAudioError.invalidLoudness(truePeakCeiling)
    }
  }
}
