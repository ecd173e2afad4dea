/// How programs sound: sample rate, loudness target, file format, intro, outro and gaps.
public struct AudioSettings: Sendable, Hashable {
  /// What plays before the opening.
  public enum Intro: Sendable, Hashable {
    /// The built-in chime (exactly 2.5 s).
    case chime
    /// An audio file, relative to the schedule file.
    case file(String)
  }

  /// Output sample rate in Hz (22050 is espeak-ng's own rate).
  public var sampleRate: Int
  /// Integrated loudness target in LUFS.
  public var loudness: Double
  /// Output file format: `wav`, `flac` or `ogg`.
  public var format: String
  /// The intro.
  public var intro: Intro
  /// An optional outro file, relative to the schedule file.
  public var outro: String?
  /// Silence between the parts of a program, in seconds.
  public var gap: Double
  /// Where `intro` was written (for diagnostics).
  public var introLocation: SourceLocation?
  /// Where `outro` was written (for diagnostics).
  public var outroLocation: SourceLocation?

  /// Creates audio settings; the defaults are the design guide's.
  public init(
    sampleRate: Int = 22_050, loudness: Double = -16, format: String = "wav",
    intro: Intro = .chime, outro: String? = nil, gap: Double = 1.5
  ) {
    self.sampleRate = sampleRate
    self.loudness = loudness
    self.format = format
    self.intro = intro
    self.outro = outro
    self.gap = gap
  }
}
