import Foundation

/// Where the text of `loa say` comes from.
public enum SpeechInput: Sendable, Hashable {
  /// Text given on the command line.
  case text(String)
  /// A UTF-8 text file (a bulletin script's `---` header is skipped).
  case file(URL)
  /// Bytes read from standard input.
  case standardInput(Data)

  /// The name of the source in messages ("Văn bản", "Tệp 'x.txt'", "Đầu vào chuẩn").
  var sourceName: String {
    switch self {
    case .text: return "Văn bản"
    case .file(let url): return "Tệp '\(url.path)'"
    case .standardInput: return "Đầu vào chuẩn (stdin)"
    }
  }

  /// The decoded text, or ``StudioError``.
  func read() throws -> String {
    switch self {
    case .text(let text):
      return text
    case .file(let url):
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw StudioError.unreadableText(path: url.path)
      }
      return try Self.decode(data, source: sourceName)
    case .standardInput(let data):
      return try Self.decode(data, source: sourceName)
    }
  }

  /// Decodes UTF-8 (a leading byte-order mark is dropped), reporting the first bad byte.
  static func decode(_ data: Data, source: String) throws -> String {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var text = String.UnicodeScalarView()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        text.append(scalar)
        offset += UTF8.width(scalar)
      case .emptyInput:
        break loop
      case .error:
        let bom = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        throw StudioError.invalidUTF8(offset: offset + bom, source: source)
      }
    }
    return String(text)
  }
}
