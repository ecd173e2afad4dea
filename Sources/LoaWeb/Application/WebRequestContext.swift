import Hummingbird

/// The request context of `loa serve`: Hummingbird's basic context with a 1 MiB body limit.
public struct WebRequestContext: RequestContext {
  /// Hummingbird's per-request storage.
  public var coreContext: CoreRequestContextStorage

  /// Creates the context for one request.
  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
  }

  /// Larger request bodies are refused with 413.
  public var maxUploadSize: Int { WebLimits.bodyBytes }
}

/// Sizes `loa serve` refuses to go past.
public enum WebLimits {
  /// A request body (forms): 1 MiB.
  public static let bodyBytes = 1 << 20
  /// An announcement's text: 64 KiB of UTF-8.
  public static let textBytes = 64 << 10
}
