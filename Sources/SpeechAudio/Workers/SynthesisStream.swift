/// The speech of one render, in order, synthesised ahead by a ``SynthesisPool``.
///
/// Keeps up to `lookahead` requests in the pool beyond the one being read, so every worker has
/// work while the renderer meters and encodes; results come back in request order whatever
/// order the workers finish in. Used from one thread.
final class SynthesisStream {
  private let pool: SynthesisPool
  private let requests: [SynthesisRequest]
  private let lookahead: Int
  private var tickets: [SynthesisTicket] = []
  private var read = 0
  /// The reply being read, and the next text in it.
  private var current: SynthesisReply?
  private var position = 0
  /// Float samples of the text being read, one chunk at a time (reused).
  private var scratch: [Float] = []

  /// A stream over `requests`; nothing is submitted until the first ``next(_:)``.
  init(pool: SynthesisPool, requests: [SynthesisRequest], lookahead: Int) {
    self.pool = pool
    self.requests = requests
    self.lookahead = max(1, lookahead)
  }

  /// Hands the samples of the next text (at its request's sample rate) to `sink`, in chunks.
  func next(_ sink: (UnsafeBufferPointer<Float>) throws -> Void) throws {
    while position >= current?.texts.count ?? 0 {
      if let finished = current.take() { pool.recycle(finished) }
      current = try nextReply()
      position = 0
    }
    position += 1
    try current?.produce(position - 1, into: &scratch, sink: sink)
  }

  /// The next request's reply.
  private func nextReply() throws(SpeechAudioError) -> SynthesisReply {
    guard read < requests.count else { throw .engineFailed("more speech read than requested") }
    while tickets.count < min(requests.count, read + 1 + lookahead) {
      tickets.append(pool.submit(requests[tickets.count]))
    }
    let ticket = tickets[read]
    read += 1
    return try ticket.wait()
  }

  deinit {
    for ticket in tickets[read...] { ticket.cancel() }
  }
}
