/// What can go wrong before `loa say` reaches the synthesizer: the text itself.
///
/// Errors from synthesis and audio files arrive as `SpeechAudioError` unchanged.
public enum SpeakerError: Error, CustomStringConvertible, Sendable, Hashable {
  /// The input is not valid UTF-8; `offset` is the first bad byte (0-based) and `source` says
  /// where the text came from.
  case invalidUTF8(offset: Int, source: String)
  /// There is nothing to read aloud.
  case emptyText(source: String)
  /// The text file cannot be read.
  case unreadableText(path: String)

  /// The one-line Vietnamese message.
  public var description: String {
    switch self {
    case .invalidUTF8(let offset, let source):
      return "\(source) không phải văn bản UTF-8 hợp lệ: byte sai ở vị trí \(offset) "
        + "(tính từ 0). Hãy lưu tệp với bảng mã UTF-8."
    case .emptyText(let source):
      return "\(source) không có chữ nào để đọc."
    case .unreadableText(let path):
      return "Không đọc được tệp văn bản '\(path)'."
    }
  }
}
