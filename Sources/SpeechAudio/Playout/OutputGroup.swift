/// One main output (the sound card, or `none`) and any number of extras (the air-check
/// recording, the Icecast stream) fed the same samples, so that an extra failing never stops
/// the broadcast.
///
/// The main output's errors are thrown as they are (it paces the loop and its loss fails the
/// airing). An extra that throws is closed and dropped, and the failure kept for
/// ``takeFailures()``; re-``add(_:)`` a fresh one when it can be opened again (every 30 s for a
/// stream, for instance). Counts and ``framesPlayed`` are the main output's. Not thread-safe,
/// like every output.
///
/// ```swift
/// let group = OutputGroup(main: try AlsaOutput(device: "default", sampleRate: 22_050))
/// group.add(try AirCheckRecorder(url: record, sampleRate: 22_050))
/// try group.write(block)
/// for failure in group.takeFailures() { log(failure) }  // e.g. the stream went away
/// ```
public final class OutputGroup: AudioOutput {
  /// The main output.
  public let main: any AudioOutput
  /// The extras still running, in the order added.
  public private(set) var extras: [any AudioOutput] = []
  private var failures: [OutputFailure] = []

  /// A group around `main` with `extras`.
  public init(main: any AudioOutput, extras: [any AudioOutput] = []) {
    self.main = main
    for extra in extras { add(extra) }
  }

  /// The names of all outputs, main first, joined by `+`.
  public var name: String { ([main] + extras).map(\.name).joined(separator: " + ") }
  /// The main output's rate.
  public var sampleRate: Int { main.sampleRate }
  /// The main output's count.
  public var framesWritten: Int { main.framesWritten }
  /// The main output's count.
  public var framesPlayed: Int { main.framesPlayed }

  /// Adds an extra output (at the main output's rate; a different rate is a failure).
  public func add(_ output: any AudioOutput) {
    guard output.sampleRate == main.sampleRate else {
      let reason = "tần số \(output.sampleRate) Hz khác \(main.sampleRate) Hz"
      failures.append(
        OutputFailure(output: output.name, error: .deviceUnavailable(output.name, reason: reason)))
      try? output.close()
      return
    }
    extras.append(output)
  }

  /// The failures since the last call, oldest first.
  public func takeFailures() -> [OutputFailure] {
    defer { failures.removeAll() }
    return failures
  }

  /// Writes to the main output (whose errors are thrown), then to each extra.
  public func write(_ samples: UnsafeBufferPointer<Float>) throws {
    try main.write(samples)
    each { try $0.write(samples) }
  }

  /// Silence to every output.
  public func writeSilence(frames: Int) throws {
    try main.writeSilence(frames: frames)
    each { try $0.writeSilence(frames: frames) }
  }

  /// The title to every output; a main output's failure is thrown.
  public func setTitle(_ title: String) throws {
    try main.setTitle(title)
    each { try $0.setTitle(title) }
  }

  /// Drains every output.
  public func drain() throws {
    try main.drain()
    each { try $0.drain() }
  }

  /// Closes the extras (their failures kept) and then the main output.
  public func close() throws {
    each { try $0.close() }
    extras.removeAll()
    try main.close()
  }

  /// Runs `body` on every extra, dropping (and closing) the ones that throw.
  private func each(_ body: (any AudioOutput) throws -> Void) {
    extras.removeAll { extra in
      do {
        try body(extra)
        return false
      } catch {
        let playout = error as? PlayoutError ?? .deviceLost(extra.name, reason: "\(error)")
        failures.append(OutputFailure(output: extra.name, error: playout))
        try? extra.close()
        return true
      }
    }
  }
}
