/// Everything that can go wrong while sending audio out (a sound card, an air-check recording,
/// an Icecast stream), with the one-line Vietnamese message an operator reads.
///
/// Every ALSA, libshout and libsndfile status is turned into one of these cases at the C
/// boundary. The player decides what to do next: a lost device or stream is retried, a failed
/// recording is logged while the audio keeps airing.
public enum PlayoutError: Error, CustomStringConvertible, Sendable, Hashable {
  /// No ALSA PCM has this name; `available` lists the playback PCMs ALSA knows.
  case unknownDevice(String, available: [String])
  /// The device exists but could not be opened or set up (busy, no usable format…).
  case deviceUnavailable(String, reason: String)
  /// The device failed while playing (unplugged, driver error); reopen it later.
  case deviceLost(String, reason: String)
  /// A `--device` value that names no device at all (empty).
  case invalidDevice(String)
  /// A `--stream` value that is not `icecast://USER:PASSWORD@HOST:PORT/MOUNT`.
  case invalidStreamURL(String, reason: String)
  /// The Icecast server could not be reached within the connect timeout.
  case streamUnreachable(String, reason: String)
  /// The Icecast server refused the source login or the mount.
  case streamRefused(String, reason: String)
  /// The connection to the Icecast server broke while streaming; reconnect later.
  case streamLost(String, reason: String)
  /// The MP3 encoder could not be set up or failed.
  case encodingFailed(String)
  /// The air-check recording could not be created or written (disk full, no permission).
  case recordingFailed(String, reason: String)
  /// An output was used after ``AudioOutput/close()``.
  case closed(String)

  /// The one-line Vietnamese message.
  public var description: String {
    switch self {
    case .unknownDevice(let name, let available):
      let list = available.isEmpty ? "không có thiết bị nào" : available.joined(separator: ", ")
      return "Không có thiết bị phát âm thanh '\(name)'. Các thiết bị hiện có: \(list)."
    case .deviceUnavailable(let name, let reason):
      return "Không mở được thiết bị phát âm thanh '\(name)': \(reason)."
    case .deviceLost(let name, let reason):
      return "Thiết bị phát âm thanh '\(name)' bị lỗi khi đang phát: \(reason)."
    case .invalidDevice(let value):
      return "Tên thiết bị phát '\(value)' không hợp lệ (ví dụ: default, pulse, hw:0,0 hoặc none)."
    case .invalidStreamURL(let value, let reason):
      return "Địa chỉ phát trực tuyến '\(value)' không hợp lệ: \(reason) "
        + "(dạng đúng: icecast://source:MẬT_KHẨU@MÁY_CHỦ:CỔNG/ĐIỂM_GẮN)."
    case .streamUnreachable(let server, let reason):
      return "Không kết nối được máy chủ Icecast \(server): \(reason)."
    case .streamRefused(let server, let reason):
      return "Máy chủ Icecast \(server) từ chối luồng phát: \(reason)."
    case .streamLost(let server, let reason):
      return "Mất kết nối tới máy chủ Icecast \(server): \(reason)."
    case .encodingFailed(let reason):
      return "Không mã hoá được âm thanh MP3: \(reason)."
    case .recordingFailed(let path, let reason):
      return "Không ghi được tệp thu kiểm tra '\(path)': \(reason)."
    case .closed(let name):
      return "Đầu ra '\(name)' đã đóng."
    }
  }
}
