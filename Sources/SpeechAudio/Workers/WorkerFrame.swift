/// The framed binary protocol between a ``SynthesisPool`` and its worker processes.
///
/// Every frame is `magic (4 bytes) | payload length (UInt32 LE) | payload`. Integers are
/// little-endian; a string is `UInt32 byte count | UTF-8`. One request is outstanding per
/// worker at a time, and the reply repeats the request's id.
///
/// ```
/// request  "LOAQ": id UInt64 | sample rate UInt32 | rate, pitch, volume, word gap, range Int32 |
///                  voice name string | variant UInt8 (0 none, 1 espeak-ng's, 2 own) |
///                  1, 2: variant name string | 2: variant file string |
///                  text count UInt32 | text strings
/// reply    "LOAR": id UInt64 | status UInt8 (0 samples, 1 error, 2 engine samples) |
///                  0: text count UInt32 | per text: frame count UInt32, frames Float32 LE
///                  1: error (see ``WorkerErrorCoding``)
///                  2: text count UInt32 | per text: frame count UInt32, frames Int16 LE
///                     (espeak-ng's own samples at its own rate: value = Int16 / 32768, exactly)
/// ```
///
/// Replies with samples are built in place by ``WorkerReplyWriter``.
enum WorkerFrame {
  /// Marks a request frame.
  static let requestMagic: [UInt8] = Array("LOAQ".utf8)
  /// Marks a reply frame.
  static let replyMagic: [UInt8] = Array("LOAR".utf8)
  /// No payload may be larger (a sentence of several minutes at 192 kHz is far below it).
  static let payloadLimit = 1 << 28

  /// A whole request frame.
  static func request(id: UInt64, _ request: SynthesisRequest) -> [UInt8] {
    var payload = ByteWriter()
    payload.append(id)
    payload.append(UInt32(clamping: request.sampleRate))
    for value in [
      request.settings.rate, request.settings.pitch, request.settings.volume,
      request.settings.wordGap, request.settings.range,
    ] {
      payload.append(UInt32(bitPattern: Int32(clamping: value)))
    }
    payload.append(request.settings.name)
    appendVariant(request.settings.variant, to: &payload)
    payload.append(UInt32(request.texts.count))
    for text in request.texts { payload.append(text) }
    return frame(requestMagic, payload.bytes)
  }

  /// Decodes a request payload.
  static func decodeRequest(_ payload: [UInt8]) throws -> (UInt64, SynthesisRequest) {
    var reader = ByteReader(payload)
    let id = try reader.uint64()
    let sampleRate = Int(try reader.uint32())
    var numbers: [Int] = []
    for _ in 0..<5 { numbers.append(Int(Int32(bitPattern: try reader.uint32()))) }
    let name = try reader.string()
    let variant = try readVariant(&reader)
    let count = Int(try reader.uint32())
    guard count <= reader.remaining else { throw WorkerFrameError.malformed }
    let texts = try (0..<count).map { _ in try reader.string() }
    let settings = VoiceSettings(
      name: name, rate: numbers[0], pitch: numbers[1], volume: numbers[2], wordGap: numbers[3],
      range: numbers[4], variant: variant)
    return (id, SynthesisRequest(texts: texts, settings: settings, sampleRate: sampleRate))
  }

  /// Appends a voice variant: kind, then its name and (for the project's own) its file text.
  private static func appendVariant(_ variant: VoiceVariant?, to payload: inout ByteWriter) {
    guard let variant else { return payload.bytes.append(0) }
    payload.bytes.append(variant.contents == nil ? 1 : 2)
    payload.append(variant.name)
    if let contents = variant.contents { payload.append(contents) }
  }

  /// Reads a voice variant written by ``appendVariant(_:to:)``.
  private static func readVariant(_ reader: inout ByteReader) throws -> VoiceVariant? {
    switch try reader.uint8() {
    case 0: return nil
    case 1: return VoiceVariant(name: try reader.string())
    case 2:
      let name = try reader.string()
      return VoiceVariant(name: name, contents: try reader.string())
    default: throw WorkerFrameError.malformed
    }
  }

  /// A whole reply frame carrying samples.
  static func samples(id: UInt64, _ batch: [[Float]]) -> [UInt8] {
    var payload = ByteWriter()
    payload.bytes.reserveCapacity(13 + batch.reduce(0) { $0 + 4 + $1.count * 4 })
    payload.append(id)
    payload.bytes.append(0)
    payload.append(UInt32(batch.count))
    for samples in batch {
      payload.append(UInt32(samples.count))
      #if _endian(little)
        samples.withUnsafeBytes { payload.bytes.append(contentsOf: $0) }
      #else
        for sample in samples { payload.append(sample.bitPattern) }
      #endif
    }
    return frame(replyMagic, payload.bytes)
  }

  /// A whole reply frame carrying an error.
  static func failure(id: UInt64, _ error: SpeechAudioError) -> [UInt8] {
    var payload = ByteWriter()
    payload.append(id)
    payload.bytes.append(1)
    WorkerErrorCoding.encode(error, into: &payload)
    return frame(replyMagic, payload.bytes)
  }

  /// Reads the first `length` bytes of `payload` as a reply payload: its id, and where each
  /// text's samples are (left in `payload`) or the worker's error.
  static func parseReply(_ payload: [UInt8], length: Int) throws -> (
    UInt64, Result<SynthesisReply, SpeechAudioError>
  ) {
    var reader = ByteReader(payload, count: length)
    let id = try reader.uint64()
    let status = try reader.uint8()
    guard status != 1 else { return (id, .failure(try WorkerErrorCoding.decode(&reader))) }
    guard status == 0 || status == 2 else { throw WorkerFrameError.malformed }
    let width = status == 2 ? 2 : 4
    let count = Int(try reader.uint32())
    var texts: [Range<Int>] = []
    for _ in 0..<min(count, reader.remaining / 4) {
      let frames = Int(try reader.uint32())
      guard frames <= reader.remaining / width else { throw WorkerFrameError.malformed }
      texts.append(try reader.skip(frames * width))
    }
    guard texts.count == count, reader.remaining == 0 else { throw WorkerFrameError.malformed }
    let reply = SynthesisReply(
      payload: payload, length: length, texts: texts, engineSamples: status == 2)
    return (id, .success(reply))
  }

  private static func frame(_ magic: [UInt8], _ payload: [UInt8]) -> [UInt8] {
    var writer = ByteWriter()
    writer.bytes = magic
    writer.bytes.reserveCapacity(8 + payload.count)
    writer.append(UInt32(payload.count))
    writer.bytes.append(contentsOf: payload)
    return writer.bytes
  }
}
