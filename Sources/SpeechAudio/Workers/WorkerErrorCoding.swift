/// How a worker's ``SpeechAudioError`` crosses the pipe, so the parent rethrows the same typed
/// error (and the same Vietnamese message) that in-process synthesis would have thrown.
///
/// Layout: kind `UInt8`, then the case's fields: integers as Int32 (as UInt32 bit patterns),
/// strings length-prefixed, string lists as a UInt32 count then strings. Cases synthesis cannot
/// produce travel as ``SpeechAudioError/engineFailed(_:)`` with their message.
enum WorkerErrorCoding {
  private enum Kind: UInt8 {
    case engineDataMissing = 1, engineFailed, unknownVoice, invalidSetting, synthesisFailed
    case resamplingFailed, unknownVariant
  }

  /// Appends `error`.
  static func encode(_ error: SpeechAudioError, into writer: inout ByteWriter) {
    func list(_ strings: [String]) {
      writer.append(UInt32(strings.count))
      for string in strings { writer.append(string) }
    }
    func int(_ value: Int) { writer.append(UInt32(bitPattern: Int32(clamping: value))) }
    switch error {
    case .engineDataMissing(let searched):
      writer.bytes.append(Kind.engineDataMissing.rawValue)
      list(searched)
    case .unknownVoice(let name, let available):
      writer.bytes.append(Kind.unknownVoice.rawValue)
      writer.append(name)
      list(available)
    case .invalidSetting(let name, let value, let range):
      writer.bytes.append(Kind.invalidSetting.rawValue)
      writer.append(name)
      int(value)
      int(range.lowerBound)
      int(range.upperBound)
    case .synthesisFailed(let code):
      writer.bytes.append(Kind.synthesisFailed.rawValue)
      int(code)
    case .resamplingFailed(let reason):
      writer.bytes.append(Kind.resamplingFailed.rawValue)
      writer.append(reason)
    case .unknownVariant(let name):
      writer.bytes.append(Kind.unknownVariant.rawValue)
      writer.append(name)
    case .engineFailed(let detail):
      writer.bytes.append(Kind.engineFailed.rawValue)
      writer.append(detail)
    default:
      writer.bytes.append(Kind.engineFailed.rawValue)
      writer.append(error.description)
    }
  }

  /// Reads an error written by ``encode(_:into:)``.
  static func decode(_ reader: inout ByteReader) throws -> SpeechAudioError {
    func list() throws -> [String] {
      let count = Int(try reader.uint32())
      guard count <= reader.remaining else { throw WorkerFrameError.malformed }
      return try (0..<count).map { _ in try reader.string() }
    }
    func int() throws -> Int { Int(Int32(bitPattern: try reader.uint32())) }
    guard let kind = Kind(rawValue: try reader.uint8()) else { throw WorkerFrameError.malformed }
    switch kind {
    case .engineDataMissing: return .engineDataMissing(searched: try list())
    case .engineFailed: return .engineFailed(try reader.string())
    case .unknownVoice:
      let name = try reader.string()
      return .unknownVoice(name, available: try list())
    case .invalidSetting:
      let name = try reader.string()
      let value = try int()
      let low = try int()
      let high = try int()
      guard low <= high else { throw WorkerFrameError.malformed }
      return .invalidSetting(name: name, value: value, range: low...high)
    case .synthesisFailed: return .synthesisFailed(code: try int())
    case .resamplingFailed: return .resamplingFailed(try reader.string())
    case .unknownVariant: return .unknownVariant(try reader.string())
    }
  }
}
