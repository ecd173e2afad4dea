import ArgumentParser

/// `loa report` (not built yet).
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "report", abstract: "(chưa có)")

  func run() async throws {
    throw ValidationError("Lệnh 'loa report' chưa được xây dựng.")
  }
}
