import BroadcastPlan
import Foundation
import SpeechAudio
import VietnameseText

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
  /// The operator's pronunciation overrides (see ``LexiconFile/path(schedulePath:override:)``).
  public var lexicon: Lexicon
  /// The day written into the file's metadata.
  public var day: CalendarDay
  /// Pauses and clause cutting (``Phrasing/standard`` unless a bench tries another).
  public var phrasing: Phrasing

  /// Creates a request; defaults: voice `vi` at 150 words a minute, 22,050 Hz, −16 LUFS, no
  /// lexicon, standard phrasing.
  public init(
    input: SpeechInput, output: URL, day: CalendarDay, voice: VoiceSettings = VoiceSettings(),
    sampleRate: Int = 22_050, loudness: Double? = -16, lexicon: Lexicon = Lexicon(),
    phrasing: Phrasing = .standard
  ) {
    self.phrasing = phrasing
    self.day = day
    self.lexicon = lexicon
    self.input = input
    self.output = output
    self.voice = voice
    self.sampleRate = sampleRate
    self.loudness = loudness
  }
}
