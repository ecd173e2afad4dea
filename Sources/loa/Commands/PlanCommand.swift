import ArgumentParser

/// `loa plan` (not built yet).
struct PlanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "plan", abstract: "(chưa có)")

  func run() async throws {
    throw ValidationError("Lệnh 'loa plan' chưa được xây dựng.")
  }
}
