import ArgumentParser
import Foundation
import SpeechAudio

/// `--jobs N`: how many synthesis workers run at once (default: the number of cores).
///
/// Synthesis runs in this executable started again in its hidden `synth-worker` mode, up to N
/// times (`--jobs 1`: one worker, speech one piece after another — the reference). Every piece
/// is synthesised from a pristine engine (see ``SynthesisWorker``), so the output is the same
/// byte for byte whatever N is; in-process synthesis could not promise that, as espeak-ng
/// carries hidden state from one utterance to the next.
struct JobsOption: ParsableArguments {
  @Option(
    name: .long, help: "Số tiến trình tổng hợp giọng nói chạy song song (mặc định: số lõi CPU).")
  var jobs: Int?

  /// The number of workers: `--jobs`, else one per core.
  var count: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

  func validate() throws {
    guard (1...64).contains(count) else {
      throw ValidationError("--jobs phải từ 1 đến 64 (đang là \(count)).")
    }
  }

  /// A pool of `jobs` workers (started lazily); the caller ends it with ``finish(_:)``.
  func makePool() -> SynthesisPool? {
    SynthesisPool(executable: Self.ownExecutable, jobs: count)
  }

  /// This executable: `/proc/self/exe` resolved on Linux, else `argv[0]` made absolute.
  static var ownExecutable: URL {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: path)
    }
    let first = CommandLine.arguments.first ?? "loa"
    return URL(
      fileURLWithPath: first,
      relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ).standardizedFileURL
  }

  /// Ends the pool's workers and, when `LOA_WORKER_STATS` names a file, appends this process's
  /// and each worker's peak resident memory to it (`parent BYTES` / `worker BYTES` lines, for
  /// the benchmark).
  static func finish(_ pool: SynthesisPool?) {
    pool?.shutdown()
    guard let path = ProcessInfo.processInfo.environment["LOA_WORKER_STATS"] else { return }
    var lines = ["parent \(ProcessMemory.ownPeakBytes ?? 0)"]
    lines += (pool?.workerPeakBytes ?? []).map { "worker \($0)" }
    let text = lines.joined(separator: "\n") + "\n"
    if let handle = FileHandle(forWritingAtPath: path) {
      handle.seekToEndOfFile()
      handle.write(Data(text.utf8))
      try? handle.close()
    } else {
      try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
  }
}
