import Foundation

/// One piece of a rendered file, in order: speech, silence, a chime or another audio file.
public enum AudioSegment: Sendable, Hashable {
  /// Already-normalised text spoken with these settings (SpeechAudio knows no Vietnamese).
  case speech(String, VoiceSettings)
  /// Silence of this many seconds (rounded to whole frames).
  case silence(seconds: Double)
  /// The built-in PA chime: exactly 2.5 s.
  case chime
  /// The emergency attention signal (``EmergencyChime``): a rising two-tone three times, exactly
  /// 3 s, for announcements that interrupt the schedule.
  case emergencyChime
  /// Any libsndfile-readable file, downmixed to mono and resampled to the output rate (not
  /// resampled when the rates already match).
  case file(URL)
}
