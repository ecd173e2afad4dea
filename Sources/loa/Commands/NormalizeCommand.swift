import ArgumentParser

/// `loa normalize` (not built yet).
struct NormalizeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "normalize", abstract: "(chưa có)")

  func run() async throws {
    throw ValidationError("Lệnh 'loa normalize' chưa được xây dựng.")
  }
}
