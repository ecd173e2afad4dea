import Foundation

/// The second thread of a render: takes chunks off the queue, meters their loudness
/// (``KWeightedMeter``) and passes them on (to the scratch file, the encoder, or the final
/// pass's true-peak tracker), while the first thread keeps synthesising or limiting.
final class MeteringConsumer: @unchecked Sendable {
  /// The queue the producer fills through ``push(_:)``.
  private let queue = ChunkQueue(capacity: 4)
  private var meter: KWeightedMeter?
  private let sink: (UnsafeBufferPointer<Float>) throws -> Void
  private let finished = DispatchSemaphore(value: 0)
  private var failure: Error?
  private var joined = false

  /// Creates a consumer metering at `sampleRate` (unless `metering` is false) and handing
  /// every chunk to `sink`.
  init(
    sampleRate: Int, metering: Bool = true,
    sink: @escaping (UnsafeBufferPointer<Float>) throws -> Void
  ) throws {
    meter = metering ? KWeightedMeter(sampleRate: sampleRate) : nil
    self.sink = sink
  }

  /// Starts the consumer thread.
  func start() {
    let thread = Thread { [self] in run() }
    thread.name = "loa.metering"
    thread.start()
  }

  private func run() {
    while let chunk = queue.pop() {
      do {
        try chunk.withUnsafeBufferPointer { buffer in
          meter?.add(buffer)
          try sink(buffer)
        }
      } catch {
        failure = error
        queue.fail()
        break
      }
    }
    finished.signal()
  }

  /// Queues `chunk` for the consumer thread (waiting while the queue is full); throws the
  /// consumer's error if it has stopped.
  func push(_ chunk: [Float]) throws {
    guard queue.push(chunk) else { throw failure ?? SpeechAudioError.meteringFailed }
  }

  /// Waits for the consumer to drain the queue; rethrows its error; returns the loudness (NaN
  /// when not metering).
  func finish() throws -> Double {
    queue.finish()
    join()
    if let failure { throw failure }
    return meter?.integratedLoudness ?? .nan
  }

  /// Stops the consumer after a producer failure and waits for it (safe to call again).
  func abandon() {
    queue.fail()
    join()
  }

  /// Waits for the consumer thread to end, once (called from the producer's thread only).
  private func join() {
    guard !joined else { return }
    finished.wait()
    joined = true
  }

  /// The consumer's error, if it stopped early.
  var error: Error? {
    failure
  }
}
