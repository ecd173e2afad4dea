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
  /// The batch being read, and the next text in it.
  private var current: [[Float]] = []
  private var position = 0

  /// A stream over `requests`; nothing is submitted until the first ``next()``.
  init(pool: SynthesisPool, requests: [SynthesisRequest], lookahead: Int) {
    self.pool = pool
    self.requests = requests
    self.lookahead = max(1, lookahead)
  }

  /// The samples of the next text (at its request's sample rate).
  func next() throws(SpeechAudioError) -> [Float] {
    while position >= current.count {
      current = try nextBatch()
      position = 0
    }
    defer {
      current[position] = []
      position += 1
    }
    return current[position]
  }

  /// The samples of the next request's texts.
  private func nextBatch() throws(SpeechAudioError) -> [[Float]] {
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
