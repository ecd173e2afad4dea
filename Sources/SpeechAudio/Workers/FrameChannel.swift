import Foundation
import Glibc

/// Whole ``WorkerFrame`` frames over a pair of pipe file descriptors, with an optional deadline
/// on reads.
///
/// Reads wait with `poll(2)`, so a hung peer costs at most the deadline; writes run under
/// ``BrokenPipeGuard``, so a peer that died makes the write fail with EPIPE instead of killing
/// this process. The channel does not own the descriptors.
struct FrameChannel {
  /// The descriptor frames are read from.
  let input: Int32
  /// The descriptor frames are written to.
  let output: Int32

  /// Why a frame could not be read or written.
  enum Failure: Error, Equatable {
    /// The peer closed its end (a worker that crashed, or a parent that went away).
    case closed
    /// Nothing complete arrived before the deadline.
    case timedOut
    /// The bytes do not follow the protocol.
    case malformed
    /// `read`/`write`/`poll` failed with this errno.
    case system(Int32)
  }

  /// Writes all of `bytes`.
  func write(_ bytes: [UInt8]) throws(Failure) {
    let failure: Failure? = BrokenPipeGuard.run {
      bytes.withUnsafeBytes { raw -> Failure? in
        var sent = 0
        while sent < raw.count {
          let count = Glibc.write(output, raw.baseAddress! + sent, raw.count - sent)
          if count < 0 {
            if errno == EINTR { continue }
            return errno == EPIPE ? .closed : .system(errno)
          }
          sent += count
        }
        return nil
      }
    }
    if let failure { throw failure }
  }

  /// The payload of the next frame, which must carry `magic`; nil at a clean end of input
  /// (EOF before a frame starts). `deadline` is a `DispatchTime` uptime in nanoseconds.
  func read(magic: [UInt8], deadline: UInt64? = nil) throws(Failure) -> [UInt8]? {
    // An empty buffer is replaced by one of exactly the payload's length.
    var payload: [UInt8] = []
    guard try read(magic: magic, deadline: deadline, into: &payload) != nil else { return nil }
    return payload
  }

  /// Reads the next frame's payload into the start of `buffer`, which grows when it is too
  /// small and is otherwise reused as it is (no clearing: its pages stay mapped from one reply
  /// to the next); returns the payload's length, nil at a clean end of input.
  func read(magic: [UInt8], deadline: UInt64?, into buffer: inout [UInt8]) throws(Failure)
    -> Int?
  {
    var header = [UInt8](repeating: 0, count: 8)
    guard try fill(&header, count: 8, deadline: deadline, endIsClean: true) else { return nil }
    guard Array(header[0..<4]) == magic else { throw .malformed }
    let length = header[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
    guard length <= WorkerFrame.payloadLimit else { throw .malformed }
    if buffer.count < length {
      // Every byte is read into before it is used.
      buffer = [UInt8](unsafeUninitializedCapacity: length) { $1 = length }
    }
    _ = try fill(&buffer, count: length, deadline: deadline, endIsClean: false)
    return length
  }

  /// Fills the first `count` bytes of `buffer`; false if the input ended before the first
  /// byte and `endIsClean`.
  private func fill(
    _ buffer: inout [UInt8], count wanted: Int, deadline: UInt64?, endIsClean: Bool
  ) throws(Failure) -> Bool {
    var got = 0
    while got < wanted {
      if let deadline { try wait(until: deadline) }
      let count = buffer.withUnsafeMutableBytes { raw in
        Glibc.read(input, raw.baseAddress! + got, wanted - got)
      }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw .system(errno)
      }
      if count == 0 {
        if got == 0 && endIsClean { return false }
        throw .closed
      }
      got += count
    }
    return true
  }

  /// Returns when `input` is readable (or at its end); throws ``Failure/timedOut`` at `deadline`.
  private func wait(until deadline: UInt64) throws(Failure) {
    while true {
      let now = DispatchTime.now().uptimeNanoseconds
      guard now < deadline else { throw .timedOut }
      let milliseconds = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
      var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, milliseconds)
      if ready > 0 { return }
      if ready < 0 && errno != EINTR { throw .system(errno) }
    }
  }
}
