import HTTPTypes
import Hummingbird
import LoaStudio

/// Adds the headers every answer carries: a content security policy without inline script,
/// `nosniff`, no framing, no referrer.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
  static var policy: String {
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
  }

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as PageError {
      response = try error.response(from: request, context: context)
    } catch let error as HTTPResponseError {
      let page = PageError(status: error.status, message: PageError.defaultMessage(error.status))
      response = try page.response(from: request, context: context)
    } catch let error as StudioError {
      // No as-run log yet: nothing to report, not a server failure.
      let status: HTTPResponse.Status =
        if case .noLog = error { .notFound } else { .internalServerError }
      response = try PageError(status: status, message: error.description)
        .response(from: request, context: context)
    } catch {
      // Library errors carry a Vietnamese description.
      response = try PageError(status: .internalServerError, message: String(describing: error))
        .response(from: request, context: context)
    }
    response.headers[.contentSecurityPolicy] = Self.policy
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    return response
  }
}

/// Refuses a request whose declared body is larger than ``WebLimits/bodyBytes`` before reading it.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }),
      length > WebLimits.bodyBytes
    {
      throw PageError.tooLarge
    }
    return try await next(request, context)
  }
}
