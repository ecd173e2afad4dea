/// Everything that can stop a `LoaStudio` job. Each `description` is the one-line Vietnamese
/// message the operator sees.
public enum StudioError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The schedule or its scripts have errors (the diagnostics are returned separately).
  case scheduleInvalid(errorCount: Int)
  /// The output folder cannot be created or written.
  case outputUnwritable(path: String, reason: String)
  /// The as-run log cannot be opened or written.
  case logUnavailable(path: String, reason: String)
  /// No as-run log yet: nothing has been rendered into this output folder.
  case noLog(path: String)
  /// A date range that ends before it starts, or is empty.
  case invalidRange(from: String, to: String)
  /// A text given to speak is not valid UTF-8; `offset` is the first bad byte (0-based).
  case invalidUTF8(offset: Int, source: String)
  /// A text given to speak has nothing to read aloud.
  case emptyText(source: String)
  /// A text file to speak cannot be read.
  case unreadableText(path: String)
  /// The lexicon file cannot be written (`loa check --fix-lexicon`).
  case unwritableLexicon(path: String)
  /// Synthesis of a script (or a text to speak) failed, even after its worker was replaced and
  /// the text tried again; nothing was written for it.
  case synthesisFailed(script: String, reason: String)
  /// An announcer's recording could not be processed for airing (trimmed, resampled,
  /// normalised); nothing was written for it.
  case recordingFailed(path: String, reason: String)

  /// The one-line Vietnamese message.
  public var description: String {
    switch self {
    case .scheduleInvalid(let count):
      return "lịch phát có \(count) lỗi; chưa tạo tệp nào. Sửa các lỗi trên rồi chạy lại."
    case .outputUnwritable(let path, let reason):
      return "không ghi được vào thư mục '\(path)': \(reason)"
    case .logUnavailable(let path, let reason):
      return "không mở được nhật ký phát sóng '\(path)': \(reason)"
    case .noLog(let path):
      return "chưa có nhật ký phát sóng '\(path)': hãy chạy 'loa render' trước."
    case .invalidRange(let from, let to):
      return "khoảng ngày không hợp lệ: từ \(from) đến \(to)."
    case .invalidUTF8(let offset, let source):
      return "\(source) không phải văn bản UTF-8 hợp lệ: byte sai ở vị trí \(offset) "
        + "(tính từ 0). Hãy lưu tệp với bảng mã UTF-8."
    case .emptyText(let source):
      return "\(source) không có chữ nào để đọc."
    case .unreadableText(let path):
      return "Không đọc được tệp văn bản '\(path)'."
    case .unwritableLexicon(let path):
      return "không ghi được tệp từ điển phát âm '\(path)'."
    case .synthesisFailed(let script, let reason):
      return "không tổng hợp được giọng đọc cho '\(script)': \(reason)"
    case .recordingFailed(let path, let reason):
      return "không xử lý được bản thu âm '\(path)': \(reason)"
    }
  }
}
