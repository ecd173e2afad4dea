import Synchronization

/// Tells a running player to stop (SIGTERM, SIGINT, the end of a test).
public final class StopSignal: Sendable {
  private let stopped = Atomic<Bool>(false)

  /// A signal not yet raised.
  public init() {}

  /// Raises the signal.
  public func stop() { stopped.store(true, ordering: .sequentiallyConsistent) }

  /// Whether it was raised.
  public var isStopped: Bool { stopped.load(ordering: .sequentiallyConsistent) }
}
