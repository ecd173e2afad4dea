/// Facts about this build that go into files: the software name and the AI-content label.
public enum StudioInfo {
  /// Loa's version.
  public static let version = "0.1.0"
  /// The `software` metadata string.
  public static let software = "Loa \(version) (espeak-ng)"
  /// The machine-readable label that marks the audio as AI-synthesised (AI Law, Art. 11).
  public static let aiLabel =
    "Âm thanh do trí tuệ nhân tạo tạo ra: giọng nói tổng hợp (Luật Trí tuệ nhân tạo, Điều 11). "
    + "AI-generated synthetic speech."
}
