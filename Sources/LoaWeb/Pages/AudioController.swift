import BroadcastPlan
import Foundation
import Hummingbird
import LoaStudio

/// Audio files: `/audio/DATE/FILE` (only files the day's manifest names) and `/nghe-thu/PATH`
/// (a script's synthesised preview). HTTP Range requests get 206 with `Content-Range`.
struct AudioController: Sendable {
  let station: Station
  let fileIO = FileIO()

  func addRoutes(to router: Router<WebRequestContext>) {
    router.get("/audio/:date/:file") { request, context in
      try await program(request, context: context)
    }
    router.head("/audio/:date/:file") { request, context in
      try await program(request, context: context)
    }
    router.get("/nghe-thu/**") { request, context in
      try await preview(request, context: context)
    }
  }

  /// A program file of a rendered day, by manifest lookup.
  func program(_ request: Request, context: WebRequestContext) async throws -> Response {
    guard let dateText = context.parameters.get("date"), let day = CalendarDay.parse(dateText),
      let rawFile = context.parameters.get("file"), let file = Paths.safeRelative(rawFile),
      !file.contains("/"), let rendered = station.output.day(day),
      let url = rendered.url(ofFile: file), Paths.isInside(url, folder: rendered.folder)
    else { throw PageError.notFound }
    return try await serve(url, request: request, context: context)
  }

  /// The synthesised audio of a script (synthesised into the speech cache on first request).
  func preview(_ request: Request, context: WebRequestContext) async throws -> Response {
    let workspace = try station.workspace()
    let raw = context.parameters.getCatchAll().joined(separator: "/")
    guard let entry = ScriptCatalog(station: station, workspace: workspace).entry(urlPath: raw)
    else { throw PageError.notFound }
    let url = try station.studio.previewAudio(of: entry.script, in: workspace)
    return try await serve(url, request: request, context: context)
  }

  /// The file, whole or the requested byte range.
  func serve(_ url: URL, request: Request, context: WebRequestContext) async throws -> Response {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      let size = (attributes[.size] as? NSNumber)?.intValue
    else { throw PageError.notFound }
    var headers: HTTPFields = [
      .contentType: Self.contentType(url.pathExtension), .acceptRanges: "bytes",
      .cacheControl: "no-cache",
    ]
    if let header = request.headers[.range] {
      guard let range = Self.byteRange(header, size: size) else {
        headers[.contentRange] = "bytes */\(size)"
        return Response(status: .rangeNotSatisfiable, headers: headers)
      }
      headers[.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound)/\(size)"
      headers[.contentLength] = String(range.count)
      if request.method == .head { return Response(status: .partialContent, headers: headers) }
      let body = try await fileIO.loadFile(path: url.path, range: range, context: context)
      return Response(status: .partialContent, headers: headers, body: body)
    }
    headers[.contentLength] = String(size)
    if request.method == .head { return Response(status: .ok, headers: headers) }
    let body = try await fileIO.loadFile(path: url.path, context: context)
    return Response(status: .ok, headers: headers, body: body)
  }

  /// `bytes=A-B`, `bytes=A-` or `bytes=-N` (one range) within a file of `size` bytes.
  static func byteRange(_ header: String, size: Int) -> ClosedRange<Int>? {
    let text = header.trimmingCharacters(in: .whitespaces)
    guard text.hasPrefix("bytes="), size > 0 else { return nil }
    let spec = text.dropFirst(6)
    guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return nil }
    let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
    let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
    if first.isEmpty {
      guard let suffix = Int(last), suffix > 0 else { return nil }
      return max(0, size - suffix)...(size - 1)
    }
    guard let start = Int(first), start >= 0, start < size else { return nil }
    if last.isEmpty { return start...(size - 1) }
    guard let end = Int(last), end >= start else { return nil }
    return start...min(end, size - 1)
  }

  /// The media type of an audio file by its extension.
  static func contentType(_ pathExtension: String) -> String {
    switch pathExtension.lowercased() {
    case "wav": "audio/wav"
    case "flac": "audio/flac"
    case "ogg", "oga": "audio/ogg"
    case "mp3": "audio/mpeg"
    case "opus": "audio/ogg; codecs=opus"
    default: "application/octet-stream"
    }
  }
}
