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
}
