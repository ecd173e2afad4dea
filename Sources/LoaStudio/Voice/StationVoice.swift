import BroadcastPlan
import SpeechAudio

/// Turns the schedule's voice (``BroadcastPlan/VoiceSpec``) into the engine's settings, and
/// names the project's own voice variants.
///
/// A variant name is the project's own (``ProjectVoiceVariants``) when it has one of those
/// names, otherwise one of espeak-ng's installed variants (`voices/!v/NAME`).
public enum StationVoice {
  /// The engine settings for `spec`.
  public static func settings(for spec: VoiceSpec) -> VoiceSettings {
    VoiceSettings(
      name: spec.name, rate: spec.rate, pitch: spec.pitch, wordGap: spec.wordGap,
      range: spec.range, variant: spec.variant.map(variant(named:)))
  }

  /// The variant called `name`: the project's own file, or espeak-ng's.
  public static func variant(named name: String) -> VoiceVariant {
    if let contents = ProjectVoiceVariants.files[name] {
      return VoiceVariant(name: name, contents: contents)
    }
    return VoiceVariant(name: name)
  }
}
