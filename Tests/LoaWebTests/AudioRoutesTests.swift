import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import LoaWeb

/// `/audio/DATE/FILE`: manifest lookup, content type by format, Range → 206.
@Suite struct AudioRoutesTests {
  let fixture = WebFixture.rendered
  var file: URL { fixture.out.appendingPathComponent("2026-11-30/0600-sang.wav") }

  @Test func wholeFile() async throws {
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber
    ).intValue
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/audio/2026-11-30/0600-sang.wav", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "audio/wav")
        #expect(response.headers[.acceptRanges] == "bytes")
        #expect(response.body.readableBytes == size)
      }
    }
  }

  @Test func rangeIsPartialContent() async throws {
    let data = try Data(contentsOf: file)
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(
        uri: "/audio/2026-11-30/0600-sang.wav", method: .get, headers: [.range: "bytes=0-99"]
      ) { response in
        #expect(response.status == .partialContent)
        #expect(response.headers[.contentRange] == "bytes 0-99/\(data.count)")
        #expect(Data(buffer: response.body) == data.prefix(100))
      }
      try await client.execute(
        uri: "/audio/2026-11-30/0600-sang.wav", method: .get, headers: [.range: "bytes=-10"]
      ) { response in
        #expect(response.status == .partialContent)
        #expect(
          response.headers[.contentRange]
            == "bytes \(data.count - 10)-\(data.count - 1)/\(data.count)")
        #expect(Data(buffer: response.body) == data.suffix(10))
      }
      try await client.execute(
        uri: "/audio/2026-11-30/0600-sang.wav", method: .get,
        headers: [.range: "bytes=\(data.count + 5)-"]
      ) { response in
        #expect(response.status == .rangeNotSatisfiable)
        #expect(response.headers[.contentRange] == "bytes */\(data.count)")
      }
    }
  }

  @Test func onlyManifestFiles() async throws {
    // A file in the day folder that the manifest does not name is not served.
    try Data("x".utf8).write(to: fixture.out.appendingPathComponent("2026-11-30/khac.wav"))
    let app = try fixture.application()
    try await app.test(.router) { client in
      for uri in [
        "/audio/2026-11-30/khac.wav", "/audio/2026-11-30/manifest.json",
        "/audio/2026-11-30/playlist.m3u", "/audio/2026-12-25/0600-sang.wav",
        "/audio/hom-nay/0600-sang.wav",
      ] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .notFound, "\(uri)")
        }
      }
    }
  }

  @Test func symlinkOutOfTheDayFolderIsNotFound() async throws {
    let copy = try fixture.copy()
    let program = copy.out.appendingPathComponent("2026-11-30/0600-sang.wav")
    try FileManager.default.removeItem(at: program)
    try FileManager.default.createSymbolicLink(
      at: program, withDestinationURL: copy.root.appendingPathComponent("lich.yaml"))
    let app = try copy.application()
    try await app.test(.router) { client in
      try await client.execute(uri: "/audio/2026-11-30/0600-sang.wav", method: .get) { response in
        #expect(response.status == .notFound)
        #expect(!response.text.contains("station:"))
      }
      try await client.execute(uri: "/audio/2026-11-30/1700-chieu.wav", method: .get) { response in
        #expect(response.status == .ok)
      }
    }
  }

  @Test func previewIsSynthesisedIntoTheSpeechCache() async throws {
    let app = try fixture.application()
    try await app.test(.router) { client in
      try await client.execute(
        uri: "/nghe-thu/scripts/chien-dich/01-goi-video.txt", method: .get,
        headers: [.range: "bytes=0-3"]
      ) { response in
        #expect(response.status == .partialContent)
        #expect(response.headers[.contentType] == "audio/wav")
        #expect(response.text == "RIFF")
      }
    }
  }

  @Test func byteRanges() {
    #expect(AudioController.byteRange("bytes=0-99", size: 1000) == 0...99)
    #expect(AudioController.byteRange("bytes=900-", size: 1000) == 900...999)
    #expect(AudioController.byteRange("bytes=-100", size: 1000) == 900...999)
    #expect(AudioController.byteRange("bytes=990-2000", size: 1000) == 990...999)
    #expect(AudioController.byteRange("bytes=5-1", size: 1000) == nil)
    #expect(AudioController.byteRange("bytes=0-1,5-6", size: 1000) == nil)
    #expect(AudioController.byteRange("items=0-1", size: 1000) == nil)
    #expect(AudioController.byteRange("bytes=1000-", size: 1000) == nil)
  }
}
