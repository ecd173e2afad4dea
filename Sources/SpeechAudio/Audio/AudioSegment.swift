import Foundation

/// One piece of a rendered file, in order: speech, silence, the chime or another audio file.
public enum AudioSegment: Sendable, Hashable {
  /// Already-normalised text spoken with these settings (SpeechAudio knows no Vietnamese).
  case speech(String, VoiceSettings)
  /// Silence of this many seconds (rounded to whole frames).
  case silence(seconds: Double)
  /// The built-in PA chime: exactly 2.5 s.
  case chime
  /// Any libsndfile-readable file, downmixed to mono and resampled to the output rate (not
  /// resampled when the rates already match).
  case file(URL)
}
