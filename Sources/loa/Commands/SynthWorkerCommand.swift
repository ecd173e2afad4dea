import ArgumentParser
import Foundation
import SpeechAudio

/// `loa synth-worker` (hidden): one synthesis worker of `loa render`/`loa say --jobs N`.
///
/// Started by ``SynthesisPool`` with pipes on standard input and output; never by hand.
struct SynthWorkerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "synth-worker",
    abstract: "Tiến trình con tổng hợp giọng nói (dùng nội bộ).",
    shouldDisplay: false)

  @Option(name: .long, help: "Mã tiến trình cha.")
  var parent: Int32?

  func run() throws {
    let status = SynthesisWorker.serve(parent: parent)
    if status != 0 { throw ExitCode(status) }
  }

  /// The worker's exit status when `arguments` are exactly the ones ``SynthesisPool`` starts it
  /// with (`loa synth-worker --parent PID`), nil for anything else.
  ///
  /// Served before ArgumentParser sees the arguments: its parse (help names, completion-script
  /// check, reflection of every command) is most of a worker's start-up, paid by every worker
  /// of every `loa render` and `loa say`. Any other spelling goes through the parser as usual.
  static func serveIfStartedByPool(_ arguments: [String]) -> Int32? {
    guard arguments.count == 4, arguments[1] == configuration.commandName,
      arguments[2] == "--parent", let parent = Int32(arguments[3])
    else { return nil }
    return SynthesisWorker.serve(parent: parent)
  }
}
