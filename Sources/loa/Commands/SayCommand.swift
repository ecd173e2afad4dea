import ArgumentParser

/// `loa say` (not built yet).
struct SayCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "say", abstract: "(chưa có)")

  func run() async throws {
    throw ValidationError("Lệnh 'loa say' chưa được xây dựng.")
  }
}
