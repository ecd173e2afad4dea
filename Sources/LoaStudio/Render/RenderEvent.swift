/// Progress of a render, reported to the caller as it happens (the CLI draws it).
public enum RenderEvent: Sendable, Hashable {
  /// What happened to one program file.
  public enum Outcome: Sendable, Hashable {
    /// The file was (re)built.
    case rendered
    /// Its inputs had not changed: the existing file was kept.
    case unchanged
  }

  /// Another writer holds the output folder; the job waits for it (`message` says so).
  case waiting(String)
  /// The work ahead: bulletins to synthesise and programs to produce.
  case started(bulletinsToSynthesize: Int, programs: Int)
  /// One bulletin's speech was synthesised into the cache.
  case synthesized(done: Int, total: Int, title: String)
  /// One program is finished (`file` is relative to the output folder).
  case program(done: Int, total: Int, file: String, seconds: Double, outcome: Outcome)
}
