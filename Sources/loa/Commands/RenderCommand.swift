import ArgumentParser

/// `loa render` (not built yet).
struct RenderCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "render", abstract: "(chưa có)")

  func run() async throws {
    throw ValidationError("Lệnh 'loa render' chưa được xây dựng.")
  }
}
