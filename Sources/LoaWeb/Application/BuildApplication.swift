import Foundation
import Hummingbird
import Logging
import NIOCore

/// Builds the web application of `loa serve`: the pages, the JSON API and the audio routes over
/// one ``WebConfiguration``, behind the security middleware (headers, body limit, and HTTP Basic
/// authentication when a password file is given).
///
/// ```swift
/// let app = try buildApplication(WebConfiguration(
///   schedulePath: "schedules/hai-hung.yaml", outputDirectory: URL(fileURLWithPath: "out")))
/// try await app.runService()
/// ```
///
/// - Throws: ``WebError/publicHostWithoutPassword(host:)`` for a non-loopback host without a
///   password.
/// `onRunning` receives the address actually bound (`--port 0` lets the system pick one).
public func buildApplication(
  _ configuration: WebConfiguration, logger: Logger? = nil,
  onRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
) throws -> some ApplicationProtocol {
  try configuration.validate()
  let router = buildRouter(configuration)
  var log = logger ?? Logger(label: "loa-serve")
  if logger == nil { log.logLevel = .warning }
  return Application(
    router: router,
    configuration: .init(
      address: .hostname(configuration.host, port: configuration.port), serverName: "loa"),
    onServerRunning: { channel in
      await onRunning(configuration.host, channel.localAddress?.port ?? configuration.port)
    },
    logger: log)
}

/// The router with every controller and middleware (also what the in-process tests drive).
func buildRouter(_ configuration: WebConfiguration) -> Router<WebRequestContext> {
  let router = Router(context: WebRequestContext.self)
  router.add(middleware: SecurityHeadersMiddleware())
  if let credentials = configuration.credentials {
    router.add(middleware: BasicAuthMiddleware(credentials: credentials))
  }
  router.add(middleware: BodyLimitMiddleware())
  let station = Station(configuration: configuration)
  PageController(station: station, tokens: FormToken(key: configuration.formKey))
    .addRoutes(to: router)
  APIController(station: station).addRoutes(to: router)
  AudioController(station: station).addRoutes(to: router)
  return router
}
