import CProcessControl
import Foundation
import Glibc

/// One running synthesis worker, seen from the parent: the child process and its two pipes.
///
/// Owned by one ``SynthesisPool`` lane at a time, never shared. ``close()`` ends it politely
/// (end of its input, then wait); ``kill()`` ends it at once (a crashed or hung worker).
final class WorkerProcess {
  private let process: Process
  private let toWorker: FileHandle
  private let fromWorker: FileHandle
  private let channel: FrameChannel
  private var nextID: UInt64 = 1
  private var ended = false

  /// Starts `executable arguments…` with piped standard input and output; standard error is
  /// the parent's.
  init(executable: URL, arguments: [String]) throws {
    let input = Pipe()
    let output = Pipe()
    // Close-on-exec on all four ends before the start: no other child this process starts
    // meanwhile inherits them (which would hide this worker's end of file). The worker gets its
    // ends as stdin/stdout through dup2, which clears the flag.
    for handle in [
      input.fileHandleForReading, input.fileHandleForWriting, output.fileHandleForReading,
      output.fileHandleForWriting,
    ] {
      _ = fcntl(handle.fileDescriptor, F_SETFD, FD_CLOEXEC)
    }
    // Replies are hundreds of kilobytes: with the default 64 KiB pipe the worker's child and
    // this side take turns at every 64 KiB, each turn a wake-up of the other.
    _ = loa_set_pipe_capacity(output.fileHandleForWriting.fileDescriptor, Self.replyPipeBytes)
    process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.standardError
    try process.run()
    toWorker = input.fileHandleForWriting
    fromWorker = output.fileHandleForReading
    // The child's ends belong to the child alone: with them closed here, the child sees the
    // end of its input when this side closes, and this side sees EOF when the child dies.
    try? input.fileHandleForReading.close()
    try? output.fileHandleForWriting.close()
    channel = FrameChannel(input: fromWorker.fileDescriptor, output: toWorker.fileDescriptor)
  }

  /// The capacity asked for the pipe that carries replies (Linux's default maximum for a
  /// process without privileges).
  static let replyPipeBytes: Int32 = 1 << 20

  /// The worker's process id.
  var processIdentifier: Int32 { process.processIdentifier }

  /// Sends `request` and waits at most `timeout` seconds for its samples, read into `buffer`
  /// (a payload buffer to reuse, see ``FrameChannel/read(magic:deadline:into:)``).
  ///
  /// - Throws: ``FrameChannel/Failure`` when the worker died, hung or spoke garbage (the caller
  ///   replaces it), or the worker's own ``SpeechAudioError`` (the worker is still fine).
  func synthesize(_ request: SynthesisRequest, timeout: Double, buffer: inout [UInt8]) throws
    -> SynthesisReply
  {
    let id = nextID
    nextID += 1
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
    try channel.write(WorkerFrame.request(id: id, request))
    guard
      let length = try channel.read(
        magic: WorkerFrame.replyMagic, deadline: deadline, into: &buffer)
    else {
      throw FrameChannel.Failure.closed
    }
    let decoded: (UInt64, Result<SynthesisReply, SpeechAudioError>)
    do {
      decoded = try WorkerFrame.parseReply(buffer, length: length)
    } catch {
      throw FrameChannel.Failure.malformed
    }
    guard decoded.0 == id else { throw FrameChannel.Failure.malformed }
    let reply = try decoded.1.get()
    guard reply.texts.count == request.texts.count else { throw FrameChannel.Failure.malformed }
    return reply
  }

  /// Closes the worker's input (it exits at the end of it) and waits for it.
  func close() {
    guard !ended else { return }
    ended = true
    try? toWorker.close()
    process.waitUntilExit()
    try? fromWorker.close()
  }

  /// Kills the worker (SIGKILL) and waits for it.
  func kill() {
    guard !ended else { return }
    ended = true
    if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
    try? toWorker.close()
    process.waitUntilExit()
    try? fromWorker.close()
  }

  deinit {
    kill()
  }
}
