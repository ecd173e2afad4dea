/// The project's own espeak-ng voice variants: file texts in espeak-ng's variant format
/// (`voices/!v/`), written into Loa's data overlay at run time, never into the system's data.
///
/// A changed text is a new variant (its file name and every cache key carry a hash of it).
public enum ProjectVoiceVariants {
  /// Variant name → file text.
  public static let files: [String: String] = [
    "loa": """
    language variant
    name loa

    consonants 120 120
    """
  ]
}
