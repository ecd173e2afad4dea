/// Facts about this build that go into files.
public enum StudioInfo {
  /// Loa's version.
  public static let version = "0.1.0"
  /// The `software` metadata string.
  public static let software = "Loa \(version) (espeak-ng)"
}
