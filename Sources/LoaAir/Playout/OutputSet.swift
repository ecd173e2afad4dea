import Foundation
import SpeechAudio

/// The player's outputs: one device (paced, or not) and the timeline outputs (recording,
/// stream). A failing output is closed, reported, and reopened after its retry delay; the others
/// keep airing.
final class OutputSet {
  private struct Slot {
    let open: () throws -> any AudioOutput
    let retry: Double
    var output: (any AudioOutput)?
    var retryAt: Double = 0
    var lastError: String?
  }

  private var device: Slot
  private var timeline: [Slot]
  /// The device's played-frame count when the current program started, and the frames of the
  /// program that went out (set by ``endProgram()``, after the device drained).
  private var programStartFrames = 0
  private var programFrames = 0
  /// Frames written to the timeline since the run's origin.
  private(set) var timelineFrames = 0
  let sampleRate: Int
  /// Where problems are reported.
  private let warn: (String) -> Void

  init(configuration: PlayerConfiguration, sampleRate: Int, warn: @escaping (String) -> Void) {
    self.sampleRate = sampleRate
    self.warn = warn
    device = Slot(open: configuration.openDevice, retry: configuration.deviceRetry)
    timeline = configuration.timeline.map { Slot(open: $0, retry: configuration.streamRetry) }
  }

  /// Opens every output that is closed and due for a try; throws only the device's first error
  /// when `strict` (start-up: an unknown device stops the run with the list of devices).
  func openAll(strict: Bool) throws {
    let now = ProcessInfo.processInfo.systemUptime
    if device.output == nil, now >= device.retryAt {
      do {
        device.output = try device.open()
        device.lastError = nil
      } catch {
        if strict { throw error }
        fail(&device, error, now: now)
      }
    }
    for index in timeline.indices where timeline[index].output == nil {
      guard now >= timeline[index].retryAt else { continue }
      do {
        timeline[index].output = try timeline[index].open()
        timeline[index].lastError = nil
      } catch {
        fail(&timeline[index], error, now: now)
      }
    }
  }

  /// Names of the outputs, for the log and the airing rows.
  var names: String {
    ([device.output?.name ?? "thiết bị lỗi"] + timeline.compactMap { $0.output?.name })
      .joined(separator: ", ")
  }

  /// What is wrong with the outputs that are closed now (an unreachable stream, a full disk),
  /// for the note of the airing that starts.
  var failures: String {
    ([device] + timeline).compactMap { $0.output == nil ? $0.lastError : nil }
      .joined(separator: "; ")
  }

  /// Whether the device is open.
  var deviceIsOpen: Bool { device.output != nil }

  /// The device's last error, if it is closed.
  var deviceError: String? { device.lastError }

  /// Frames the device has played of what it was sent.
  var devicePlayedFrames: Int { device.output?.framesPlayed ?? 0 }

  /// Sends program samples to every output; a device failure is thrown (the airing fails), a
  /// timeline failure only reported.
  func write(_ block: [Float]) throws {
    try writeTimeline { try $0.write(block) }
    timelineFrames += block.count
    guard device.output != nil else { throw PlayoutError.closed(device.lastError ?? "thiết bị") }
    do {
      try device.output?.write(block)
    } catch {
      fail(&device, error, now: ProcessInfo.processInfo.systemUptime)
      throw error
    }
  }

  /// Pads the timeline with silence up to `frames` since the origin.
  func padTimeline(to frames: Int) {
    let missing = frames - timelineFrames
    guard missing > 0 else { return }
    writeTimeline { try $0.writeSilence(frames: missing) }
    timelineFrames = frames
  }

  /// Sets the title on outputs that show one.
  func setTitle(_ title: String) {
    writeTimeline { try $0.setTitle(title) }
  }

  /// Marks the start of a program (its played seconds count from here).
  func beginProgram() {
    programStartFrames = device.output?.framesPlayed ?? 0
    programFrames = 0
  }

  /// Waits until the device has played the program, and records how much of it went out (what
  /// the device really played, not what was sent).
  func endProgram() {
    try? device.output?.drain()
    programFrames = max(0, (device.output?.framesPlayed ?? programStartFrames) - programStartFrames)
  }

  /// Seconds of the current program the device has played so far.
  var currentPlayedSeconds: Double {
    Double(max(0, (device.output?.framesPlayed ?? programStartFrames) - programStartFrames))
      / Double(sampleRate)
  }

  /// Seconds of the current (or last) program the device really played.
  var programPlayedSeconds: Double { Double(programFrames) / Double(sampleRate) }

  /// Closes everything (the recording is renamed into place).
  func closeAll() {
    try? device.output?.close()
    for slot in timeline { try? slot.output?.close() }
  }

  private func writeTimeline(_ body: (any AudioOutput) throws -> Void) {
    for index in timeline.indices {
      guard let output = timeline[index].output else { continue }
      do {
        try body(output)
      } catch {
        fail(&timeline[index], error, now: ProcessInfo.processInfo.systemUptime)
      }
    }
  }

  private func fail(_ slot: inout Slot, _ error: Error, now: Double) {
    try? slot.output?.close()
    slot.output = nil
    slot.retryAt = now + slot.retry
    let text = "\(error)"
    if slot.lastError != text { warn(text) }
    slot.lastError = text
  }
}
