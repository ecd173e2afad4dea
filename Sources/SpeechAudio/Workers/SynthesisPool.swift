import Dispatch
import Foundation
import Synchronization

/// Worker processes that synthesise speech in parallel, each with its own espeak-ng engine.
///
/// espeak-ng has one global engine per process, so parallel speech needs processes: the pool
/// starts the given executable (the `loa` binary in its hidden `synth-worker` mode) up to
/// ``jobs`` times, lazily, and keeps the workers for its whole life. Each worker belongs to one
/// lane thread; lanes take requests first come, first served. A worker that dies, or gives no
/// reply within ``SynthesisRequest/timeoutSeconds``, is killed and replaced, and its request is
/// tried once more on the new worker; a second failure is reported as
/// ``SpeechAudioError/workerFailed(_:)``. An error the engine itself reports (an unknown voice)
/// is passed on as it is.
///
/// ```swift
/// let pool = SynthesisPool(executable: URL(fileURLWithPath: "/proc/self/exe"), jobs: 2)
/// defer { pool.shutdown() }
/// let renderer = AudioRenderer(pool: pool)
/// ```
public final class SynthesisPool: Sendable {
  /// How many workers may run at once.
  public let jobs: Int
  private let executable: URL
  private let arguments: [String]

  private struct State {
    var queue: [SynthesisTicket] = []
    var head = 0
    var lanesStarted = false
    var closing = false
    /// Lanes are ending (``releaseWorkers()``); the pool opens again once they have.
    var releasing = false
    var workers: Set<Int32> = []
    var replaced = 0
    var peakBytes: [Int] = []
    /// Payload buffers handed back by readers (``recycle(_:)``), for the next replies.
    var spare: [[UInt8]] = []
  }
  private let state = Mutex(State())
  private let available = DispatchSemaphore(value: 0)
  private let laneEnded = DispatchSemaphore(value: 0)
  /// Serialises ``shutdown()`` and ``releaseWorkers()`` (each waits for every lane to end).
  private let lifecycle = Mutex(())
  /// Serialises process starts, so no worker inherits another's pipe ends.
  private static let spawnLock = Mutex(())

  /// A pool starting `executable arguments…` for each worker (the arguments select the worker
  /// mode); nothing starts until the first request.
  public init(executable: URL, arguments: [String] = ["synth-worker"], jobs: Int) {
    self.executable = executable
    self.arguments = arguments + ["--parent", String(getpid())]
    self.jobs = max(1, jobs)
  }

  /// The process ids of the workers running now.
  public var workerProcessIDs: [Int32] { state.withLock { $0.workers.sorted() } }

  /// How many workers were replaced after a crash or a hang.
  public var replacedWorkers: Int { state.withLock { $0.replaced } }

  /// Each ended worker's peak resident memory in bytes (read just before it was closed).
  public var workerPeakBytes: [Int] { state.withLock { $0.peakBytes } }

  /// Synthesises one request and waits for it: the samples of each of its texts.
  public func synthesize(_ request: SynthesisRequest) throws(SpeechAudioError) -> [[Float]] {
    try submit(request).wait().batch
  }

  /// Payload buffers kept for reuse at most (a few replies are in flight at a time).
  private var spareLimit: Int { 2 * jobs + 2 }

  /// Takes back the payload buffer of a reply its reader has finished with, so that a later
  /// reply is read into memory already mapped instead of fresh pages (the reader must keep no
  /// other copy of `reply`).
  func recycle(_ reply: consuming SynthesisReply) {
    let payload = reply.payload
    // The reply's own reference ends here, before a lane can take the buffer.
    _ = consume reply
    guard !payload.isEmpty else { return }
    state.withLock { state in
      if state.spare.count < spareLimit { state.spare.append(payload) }
    }
  }

  /// Ends every worker (end of input, then wait) and the lanes; later requests fail.
  public func shutdown() {
    lifecycle.withLock { _ in endLanes(closing: true) }
  }

  /// Ends every worker and its lane; with `closing` the pool stays closed, else it opens again.
  private func endLanes(closing: Bool) {
    let lanes = state.withLock { state -> Int in
      guard !state.closing else { return 0 }
      if closing { state.closing = true } else { state.releasing = true }
      return state.lanesStarted ? jobs : 0
    }
    for _ in 0..<lanes { available.signal() }
    for _ in 0..<lanes { laneEnded.wait() }
    if !closing {
      state.withLock {
        $0.lanesStarted = false
        $0.releasing = false
      }
    }
  }

  /// Ends the workers running now and their lanes, but keeps the pool open: the next request
  /// starts workers again (lazily). Frees the workers' memory while no speech is needed, such as
  /// during `loa render`'s program assembly or between `loa air`'s refreshes. Call it when no
  /// render using the pool is running; requests already queued are served first.
  public func releaseWorkers() {
    lifecycle.withLock { _ in endLanes(closing: false) }
    dropSpareBuffers()
  }

  /// Frees the payload buffers kept for reuse (while no speech is needed).
  private func dropSpareBuffers() {
    state.withLock { $0.spare = [] }
  }

  /// Queues `request` for the next free lane.
  func submit(_ request: SynthesisRequest) -> SynthesisTicket {
    let ticket = SynthesisTicket(request)
    let (accepted, startLanes) = state.withLock { state -> (Bool, Bool) in
      guard !state.closing, !state.releasing else { return (false, false) }
      state.queue.append(ticket)
      defer { state.lanesStarted = true }
      return (true, !state.lanesStarted)
    }
    guard accepted else {
      ticket.complete(.failure(.workerFailed("bộ tổng hợp đã đóng")))
      return ticket
    }
    if startLanes { self.startLanes(spawning: false) }
    available.signal()
    return ticket
  }

  /// Starts the workers now rather than at the first request, so that their start (a process
  /// and its engine, some 40 ms) overlaps what the caller still has to do before it asks for
  /// speech. Does nothing once workers run, or on a closed pool; a worker that fails to start
  /// here is started again, and its failure reported, by the first request.
  public func startWorkers() {
    let start = state.withLock { state -> Bool in
      guard !state.closing, !state.releasing, !state.lanesStarted else { return false }
      state.lanesStarted = true
      return true
    }
    if start { startLanes(spawning: true) }
  }

  /// Starts the lane threads; with `spawning`, each starts its worker before the first request.
  private func startLanes(spawning: Bool) {
    for _ in 0..<jobs {
      let thread = Thread { [self] in runLane(spawning: spawning) }
      thread.name = "loa-synthesis-lane"
      thread.start()
    }
  }

  /// A lane: takes requests until the pool closes, with its own worker process.
  private func runLane(spawning: Bool) {
    var worker: WorkerProcess? = spawning ? try? start() : nil
    while true {
      available.wait()
      let next = state.withLock { state -> SynthesisTicket? in
        guard state.head < state.queue.count else { return nil }
        defer {
          state.head += 1
          if state.head > 256 {
            state.queue.removeFirst(state.head)
            state.head = 0
          }
        }
        return state.queue[state.head]
      }
      guard let ticket = next else { break }
      if ticket.isCancelled {
        ticket.complete(.failure(.workerFailed("đã huỷ")))
        continue
      }
      ticket.complete(perform(ticket.request, worker: &worker))
    }
    if let worker { end(worker) }
    laneEnded.signal()
  }

  /// One request on this lane's worker, replacing the worker and trying once more if it fails.
  private func perform(_ request: SynthesisRequest, worker: inout WorkerProcess?)
    -> Result<SynthesisReply, SpeechAudioError>
  {
    var lastFailure = ""
    for attempt in 1...2 {
      do {
        let current = try worker ?? start()
        worker = current
        var buffer = state.withLock { $0.spare.popLast() } ?? []
        return .success(
          try current.synthesize(request, timeout: request.timeoutSeconds, buffer: &buffer))
      } catch let error as SpeechAudioError {
        return .failure(error)
      } catch {
        lastFailure = Self.describe(error)
        if let broken = worker {
          forget(broken)
          broken.kill()
          worker = nil
          if attempt == 1 { state.withLock { $0.replaced += 1 } }
        }
      }
    }
    return .failure(.workerFailed(lastFailure))
  }

  private func start() throws -> WorkerProcess {
    let worker = try Self.spawnLock.withLock { _ in
      try WorkerProcess(executable: executable, arguments: arguments)
    }
    state.withLock { _ = $0.workers.insert(worker.processIdentifier) }
    return worker
  }

  private func forget(_ worker: WorkerProcess) {
    state.withLock { _ = $0.workers.remove(worker.processIdentifier) }
  }

  private func end(_ worker: WorkerProcess) {
    let peak = ProcessMemory.peakBytes(of: worker.processIdentifier)
    forget(worker)
    worker.close()
    if let peak { state.withLock { $0.peakBytes.append(peak) } }
  }

  private static func describe(_ error: any Error) -> String {
    switch error as? FrameChannel.Failure {
    case .closed: return "tiến trình con dừng đột ngột"
    case .timedOut: return "tiến trình con không trả lời"
    case .malformed: return "tiến trình con trả lời sai giao thức"
    case .system(let code): return "lỗi hệ thống \(code)"
    case nil: return "không khởi động được tiến trình con: \(error)"
    }
  }
}
