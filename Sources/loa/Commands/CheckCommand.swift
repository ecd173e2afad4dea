import ArgumentParser

/// `loa check` (not built yet).
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "check", abstract: "(chưa có)")

  func run() async throws {
    throw ValidationError("Lệnh 'loa check' chưa được xây dựng.")
  }
}
