import Foundation
import Testing

@testable import SpeechAudio

/// The framed pipe protocol between `SynthesisPool` and its workers.
@Suite("worker frames")
struct WorkerFrameTests {
  static let request = SynthesisRequest(
    texts: ["Xin chào bà con.", "Câu thứ hai — có dấu."],
    settings: VoiceSettings(
      name: "vi-vn-x-south", rate: 140, pitch: 60, volume: 120, wordGap: 3, range: 75,
      variant: VoiceVariant(name: "loa", contents: "language variant\nname loa\nflutter 0\n")),
    sampleRate: 48_000)

  /// Splits a whole frame into magic and payload, checking the length field.
  static func payload(_ frame: [UInt8], magic: [UInt8]) throws -> [UInt8] {
    try #require(Array(frame.prefix(4)) == magic)
    let length = frame[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
    try #require(length == frame.count - 8)
    return Array(frame.dropFirst(8))
  }

  /// A whole reply payload read as the renderer reads it, each text's samples as an array.
  static func decodeReply(_ payload: [UInt8]) throws -> (
    UInt64, Result<[[Float]], SpeechAudioError>
  ) {
    let (id, result) = try WorkerFrame.parseReply(payload, length: payload.count)
    return (id, result.map(\.batch))
  }

  @Test("a request survives the round trip")
  func requestRoundTrip() throws {
    let frame = WorkerFrame.request(id: 42, Self.request)
    let (id, decoded) = try WorkerFrame.decodeRequest(
      try Self.payload(frame, magic: WorkerFrame.requestMagic))
    #expect(id == 42)
    #expect(decoded == Self.request)
  }

  @Test(
    "range and variant cross the pipe: none, espeak-ng's own, the project's",
    arguments: [nil, VoiceVariant(name: "f2"), VoiceVariant(name: "x", contents: "pitch 1 2\n")])
  func variantRoundTrip(variant: VoiceVariant?) throws {
    let request = SynthesisRequest(
      text: "Xin chào.", settings: VoiceSettings(range: 0, variant: variant), sampleRate: 22_050)
    let (_, decoded) = try WorkerFrame.decodeRequest(
      try Self.payload(WorkerFrame.request(id: 1, request), magic: WorkerFrame.requestMagic))
    #expect(decoded == request)
  }

  @Test("samples survive bit for bit, one array per text")
  func samplesRoundTrip() throws {
    let batch: [[Float]] = [[0, -1, 1, 0.25, -0.000_1, .leastNonzeroMagnitude], [], [0.5]]
    let frame = WorkerFrame.samples(id: 7, batch)
    let (id, result) = try Self.decodeReply(
      try Self.payload(frame, magic: WorkerFrame.replyMagic))
    #expect(id == 7)
    let decoded = try result.get()
    #expect(decoded.map { $0.map(\.bitPattern) } == batch.map { $0.map(\.bitPattern) })
  }

  /// A reply built in place, each text in two chunks as the engine streams them.
  static func built<Sample>(
    _ batch: [[Sample]], engineSamples: Bool, capacity: Int,
    append: (inout WorkerReplyWriter, UnsafeBufferPointer<Sample>) -> Void
  ) -> [UInt8] {
    var writer = WorkerReplyWriter(
      id: 9, texts: batch.count, engineSamples: engineSamples, capacity: capacity)
    for text in batch {
      writer.beginText()
      text.withUnsafeBufferPointer { all in
        let half = all.count / 2
        append(&writer, UnsafeBufferPointer(rebasing: all[0..<half]))
        append(&writer, UnsafeBufferPointer(rebasing: all[half...]))
      }
      writer.endText()
    }
    return writer.finish()
  }

  @Test("a reply built in place equals the array-built one (Float32), whatever its capacity")
  func writerFloat() throws {
    let batch: [[Float]] = [[0, -1, 1, 0.25, -0.000_1, .leastNonzeroMagnitude], [], [0.5]]
    for capacity in [0, 3, 10_000] {
      let built = Self.built(batch, engineSamples: false, capacity: capacity) { $0.append($1) }
      #expect(built == WorkerFrame.samples(id: 9, batch))
    }
  }

  @Test("engine samples go out as Int16 and come back as exactly the same floats")
  func writerEngineSamples() throws {
    let values: [Int16] = [0, 1, -1, 12_345, -32_768, 32_767, 7, -300]
    let engine: [[Int16]] = [values, [], [-2]]
    let batch = engine.map { $0.map { Float($0) / 32_768 } }
    let frame = Self.built(engine, engineSamples: true, capacity: 4) {
      $0.append(engineSamples: $1)
    }
    #expect(frame.count == 8 + 13 + 3 * 4 + 9 * 2)
    let (id, result) = try Self.decodeReply(
      try Self.payload(frame, magic: WorkerFrame.replyMagic))
    #expect(id == 9)
    #expect(try result.get().map { $0.map(\.bitPattern) } == batch.map { $0.map(\.bitPattern) })
    let payload = try Self.payload(frame, magic: WorkerFrame.replyMagic)
    #expect(throws: WorkerFrameError.self) {
      _ = try Self.decodeReply(Array(payload.dropLast(1)))
    }
  }

  @Test("a reply read into a larger, reused buffer is read up to its length only, in chunks")
  func replyInReusedBuffer() throws {
    let long = (0..<20_000).map { Int16(truncatingIfNeeded: $0 &* 37) }
    let engine: [[Int16]] = [long, [], [5, -5]]
    let frame = Self.built(engine, engineSamples: true, capacity: 0) {
      $0.append(engineSamples: $1)
    }
    let payload = try Self.payload(frame, magic: WorkerFrame.replyMagic)
    // What an earlier, longer reply left behind follows this one's bytes.
    let buffer = payload + [UInt8](repeating: 0xA5, count: 999)
    let (id, result) = try WorkerFrame.parseReply(buffer, length: payload.count)
    let reply = try result.get()
    #expect(id == 9)
    #expect(reply.texts.count == 3)
    #expect((0..<3).map { reply.frames(of: $0) } == [20_000, 0, 2])
    var chunks: [Int] = []
    var samples: [Float] = []
    var scratch: [Float] = []
    reply.produce(0, into: &scratch) {
      chunks.append($0.count)
      samples.append(contentsOf: $0)
    }
    #expect(chunks == [8_192, 8_192, 3_616])
    #expect(samples.map(\.bitPattern) == long.map { (Float($0) / 32_768).bitPattern })
    #expect(reply.batch[2] == [5 / 32_768, -5 / 32_768])
    #expect(throws: WorkerFrameError.self) {
      _ = try WorkerFrame.parseReply(buffer, length: payload.count + 1)
    }
  }

  @Test(
    "typed errors come back as the same case",
    arguments: [
      SpeechAudioError.unknownVoice("xx", available: ["vi", "en"]),
      .invalidSetting(name: "rate", value: 999, range: 80...450),
      .synthesisFailed(code: 3), .engineDataMissing(searched: ["/a", "/b"]),
      .engineFailed("boom"), .resamplingFailed("soxr"), .unknownVariant("f9"),
    ])
  func errorRoundTrip(error: SpeechAudioError) throws {
    let frame = WorkerFrame.failure(id: 1, error)
    let (_, result) = try Self.decodeReply(
      try Self.payload(frame, magic: WorkerFrame.replyMagic))
    #expect(throws: error) { try result.get() }
  }

  @Test("a truncated or padded reply is refused, not misread")
  func malformed() throws {
    let payload = try Self.payload(
      WorkerFrame.samples(id: 1, [[1, 2, 3]]), magic: WorkerFrame.replyMagic)
    #expect(throws: WorkerFrameError.self) {
      _ = try Self.decodeReply(Array(payload.dropLast(2)))
    }
    #expect(throws: WorkerFrameError.self) { _ = try Self.decodeReply(payload + [0]) }
    #expect(throws: WorkerFrameError.self) { _ = try WorkerFrame.decodeRequest([1, 2, 3]) }
  }

  @Test("the hang timeout grows with the text: 10 s + 1 s per 100 characters")
  func timeout() {
    let long = SynthesisRequest(
      texts: [String(repeating: "a", count: 250), String(repeating: "b", count: 50)],
      settings: VoiceSettings(), sampleRate: 22_050)
    #expect(long.timeoutSeconds == 13)
  }
}
