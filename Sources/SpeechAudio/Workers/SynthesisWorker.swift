import CProcessControl
import Foundation
import Glibc

/// The worker side of a ``SynthesisPool``: a process with its own espeak-ng engine that answers
/// synthesis requests on standard input with samples on standard output.
///
/// espeak-ng 1.51 keeps hidden state from one utterance to the next (function-static counters
/// such as the pitch flutter phase, the wave generator's phase), so the same text synthesised
/// twice in one process gives different samples. To make every reply a pure function of its
/// request — whatever worker, order or `--jobs` — the worker initialises the engine once and
/// then forks a child for each request: the child starts from that pristine engine, writes the
/// reply and exits; the worker itself never synthesises.
///
/// The `loa` executable runs this in its hidden `synth-worker` mode. The loop ends at the end of
/// its input — the parent closed the pipe, or died and the kernel closed it — so a worker never
/// outlives its parent; on Linux it also asks for SIGKILL when the parent dies, as a second
/// guard. Standard output is kept for frames only: anything else printed goes to standard error.
///
/// ```swift
/// exit(SynthesisWorker.serve(parent: parentID))
/// ```
public enum SynthesisWorker {
  /// Serves requests until standard input ends; returns the exit status (0 at a clean end).
  ///
  /// - Parameter parent: The process id of the parent that started this worker; when the
  ///   current parent is another one (the real parent died before the guard was set), the
  ///   worker stops at once.
  public static func serve(parent: Int32?) -> Int32 {
    _ = loa_set_parent_death_signal(SIGKILL)
    if let parent, getppid() != parent { return 3 }
    // Frames go to a private copy of standard output; stray prints land on standard error.
    let frames = dup(STDOUT_FILENO)
    guard frames >= 0 else { return 4 }
    _ = fcntl(frames, F_SETFD, FD_CLOEXEC)
    dup2(STDERR_FILENO, STDOUT_FILENO)
    let channel = FrameChannel(input: STDIN_FILENO, output: frames)
    // Initialise the engine here, once; a failure is kept and reported by each child.
    try? Synthesizer.shared.prepare()
    do {
      while let payload = try channel.read(magic: WorkerFrame.requestMagic) {
        let (id, request) = try decode(payload)
        try? Synthesizer.shared.select(request.settings)
        guard answerInChild(id: id, request: request, channel: channel) else { return 6 }
      }
      return 0
    } catch {
      return 5
    }
  }

  /// Forks a child from the pristine engine to answer one request; false if the child failed
  /// (the worker then ends, and the pool replaces it and tries the request again).
  private static func answerInChild(id: UInt64, request: SynthesisRequest, channel: FrameChannel)
    -> Bool
  {
    let worker = getpid()
    let child = fork()
    if child == 0 {
      // The death signal is not inherited across fork: ask again, for this worker.
      _ = loa_set_parent_death_signal(SIGKILL)
      if getppid() != worker { _exit(8) }
      let written = (try? channel.write(reply(id: id, to: request))) != nil
      _exit(written ? 0 : 7)
    }
    guard child > 0 else { return false }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 {
      if errno != EINTR { return false }
    }
    return status == 0
  }

  /// Synthesises one request exactly as the in-process renderer would (`.speech` through
  /// ``SegmentReader`` at the requested rate), straight into its reply frame: at the engine's
  /// own rate its 16-bit samples as they are (the parent divides them as the reader does).
  static func synthesize(_ request: SynthesisRequest, id: UInt64) throws -> [UInt8] {
    let synthesizer = Synthesizer.shared
    try synthesizer.prepare()
    let reader = SegmentReader(sampleRate: request.sampleRate, synthesizer: synthesizer)
    let native = request.sampleRate == synthesizer.nativeSampleRate
    let characters = request.texts.reduce(0) { $0 + $1.unicodeScalars.count }
    var reply = WorkerReplyWriter(
      id: id, texts: request.texts.count, engineSamples: native,
      capacity: characters * request.sampleRate / 10)
    for text in request.texts {
      reply.beginText()
      if native {
        try synthesizer.synthesizeEngineSamples(text, settings: request.settings) {
          reply.append(engineSamples: $0)
        }
      } else {
        try reader.produce(.speech(text, request.settings)) { reply.append($0) }
      }
      reply.endText()
    }
    return reply.finish()
  }

  private static func decode(_ payload: [UInt8]) throws(FrameChannel.Failure) -> (
    UInt64, SynthesisRequest
  ) {
    do {
      return try WorkerFrame.decodeRequest(payload)
    } catch {
      throw .malformed
    }
  }

  private static func reply(id: UInt64, to request: SynthesisRequest) -> [UInt8] {
    do {
      return try synthesize(request, id: id)
    } catch let error as SpeechAudioError {
      return WorkerFrame.failure(id: id, error)
    } catch {
      return WorkerFrame.failure(id: id, .engineFailed("\(error)"))
    }
  }
}
