import BroadcastPlan
import SpeechAudio

/// How a player runs: its outputs, its pacing, when it stops.
public struct PlayerConfiguration {
  /// Opens the device output (`AlsaOutput`, `NullOutput`); called again to retry after a failure.
  public var openDevice: () throws -> any AudioOutput
  /// Whether the player paces audio by its clock (device `none`) rather than by the device.
  public var pacedByClock: Bool
  /// Outputs that receive the whole timeline, silence between programs included (the air-check
  /// recording, an Icecast stream), each with a way to reopen it.
  public var timeline: [() throws -> any AudioOutput]
  /// Worker processes that synthesise what a re-render lacks (nil: in this process). The
  /// render releases them once the cache is full, so none stay between refreshes.
  public var synthesisPool: SynthesisPool?
  /// The run ends at this instant (`--until`).
  public var until: StationInstant?
  /// Frames per block sent to the outputs (1,024 ≈ 46 ms at 22,050 Hz).
  public var blockFrames = 1_024
  /// Real seconds between checks for changed files (schedule, scripts, lexicon).
  public var refreshInterval: Double = 10
  /// Real seconds between retries of a failed device.
  public var deviceRetry: Double = 5
  /// Real seconds between retries of a failed stream.
  public var streamRetry: Double = 30
  /// Station seconds between progress updates of the airing on air (its proof after a crash).
  public var progressInterval: Double = 2

  /// A configuration.
  public init(
    openDevice: @escaping () throws -> any AudioOutput, pacedByClock: Bool,
    timeline: [() throws -> any AudioOutput] = [], until: StationInstant? = nil,
    synthesisPool: SynthesisPool? = nil
  ) {
    self.synthesisPool = synthesisPool
    self.openDevice = openDevice
    self.pacedByClock = pacedByClock
    self.timeline = timeline
    self.until = until
  }
}
