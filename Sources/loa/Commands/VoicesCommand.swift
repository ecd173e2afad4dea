import ArgumentParser

/// `loa voices` (not built yet).
struct VoicesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "voices", abstract: "(chưa có)")

  func run() async throws {
    throw ValidationError("Lệnh 'loa voices' chưa được xây dựng.")
  }
}
