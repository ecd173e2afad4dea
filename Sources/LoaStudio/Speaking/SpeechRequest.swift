import Foundation
import SpeechAudio

/// One `loa say`: what to read, with which voice, into which file.
public struct SpeechRequest: Sendable, Hashable {
  /// The text source.
  public var input: SpeechInput
  /// The output file (format from its extension).
  public var output: URL
  /// Voice and rate.
  public var voice: VoiceSettings
  /// Output sample rate.
  public var sampleRate: Int
  /// Target integrated loudness in LUFS (`nil`: leave the level alone).
  public var loudness: Double?

  /// Creates a request; defaults: voice `vi` at 150 words a minute, 22,050 Hz, −16 LUFS.
  public init(
    input: SpeechInput, output: URL, voice: VoiceSettings = VoiceSettings(),
    sampleRate: Int = 22_050, loudness: Double? = -16
  ) {
    self.input = input
    self.output = output
    self.voice = voice
    self.sampleRate = sampleRate
    self.loudness = loudness
  }
}
