import ArgumentParser
import Foundation
import SpeechAudio

/// The `loa` command: plans and voices the bulletins of a commune loudspeaker station.
///
/// The executable is thin: each subcommand parses its flags, calls one library entry point and
/// renders the result. Operator-facing errors are printed as one Vietnamese line on stderr and end
/// the process with a non-zero status, never with a backtrace.
@main
struct Loa: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "loa",
    abstract: "Lập lịch và đọc bản tin cho đài truyền thanh xã.",
    subcommands: [
      CheckCommand.self, PlanCommand.self, RenderCommand.self, SayCommand.self,
      NormalizeCommand.self, ReportCommand.self, AirCommand.self, EmergencyCommand.self,
      StatusCommand.self, ServeCommand.self, VoicesCommand.self, SynthWorkerCommand.self,
    ]
  )

  static func main() async {
    ProcessMemory.tuneAllocator()
    if let status = SynthWorkerCommand.serveIfStartedByPool(CommandLine.arguments) {
      Self.exit(withError: status == 0 ? nil : ExitCode(status))
    }
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let exit as ExitCode {
      Self.exit(withError: exit)
    } catch let error as CleanExit {
      Self.exit(withError: error)
    } catch {
      if let message = OperatorMessage(error) {
        Terminal.error(message.text)
        Self.exit(withError: ExitCode(message.exitCode))
      }
      // ArgumentParser's own errors: help goes to stdout as it is, mistakes in Vietnamese.
      let code = exitCode(for: error)
      if code == .success { Self.exit(withError: error) }
      Terminal.error(ArgumentMessage.vietnamese(message(for: error)))
      Self.exit(withError: code)
    }
  }
}
