import Foundation
import LoaStudio

/// Everything `loa serve` needs to build its application: files, address, password and clock.
///
/// ```swift
/// let configuration = WebConfiguration(
///   schedulePath: "schedules/hai-hung.yaml", outputDirectory: URL(fileURLWithPath: "out"))
/// let app = try buildApplication(configuration)
/// try await app.runService()
/// ```
public struct WebConfiguration: Sendable {
  /// The schedule file.
  public var schedulePath: String
  /// The output folder (`out/`): day folders, `loa.sqlite`, the speech cache, the air spool.
  public var outputDirectory: URL
  /// The address to bind; loopback unless a password is set.
  public var host: String
  /// The TCP port.
  public var port: Int
  /// The operator's credentials (from `--password-file`); every request needs them when set.
  public var credentials: PasswordFile?
  /// The station clock (the real one, `LOA_NOW`'s fixed instant, or a test's).
  public var clock: any StationClock
  /// The key that signs form tokens; random for each run unless given.
  public var formKey: [UInt8]

  /// Creates a configuration; the airings log is `out/loa.sqlite`, read as `loa status` reads it.
  public init(
    schedulePath: String, outputDirectory: URL, host: String = "127.0.0.1", port: Int = 8080,
    credentials: PasswordFile? = nil, clock: any StationClock = SystemClock(),
    formKey: [UInt8]? = nil
  ) {
    self.schedulePath = schedulePath
    self.outputDirectory = outputDirectory
    self.host = host
    self.port = port
    self.credentials = credentials
    self.clock = clock
    self.formKey = formKey ?? (0..<32).map { _ in UInt8.random(in: .min ... .max) }
  }

  /// Whether `host` only accepts connections from this machine.
  public static func isLoopback(_ host: String) -> Bool {
    let lowered = host.lowercased()
    if lowered == "localhost" || lowered == "::1" || lowered == "[::1]" { return true }
    let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
  }

  /// Refuses a non-loopback address without a password.
  ///
  /// - Throws: ``WebError/publicHostWithoutPassword(host:)``.
  public func validate() throws {
    if !Self.isLoopback(host), credentials == nil {
      throw WebError.publicHostWithoutPassword(host: host)
    }
    guard (0...65535).contains(port) else { throw WebError.invalidPort(port) }
  }
}
