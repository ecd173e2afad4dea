/// Everything that can go wrong in `SpeechAudio`, with the one-line Vietnamese message an
/// operator reads.
///
/// Every C result code is turned into one of these cases at the C boundary, so callers never see
/// a raw espeak-ng, libsndfile, libsoxr or libebur128 status.
public enum SpeechAudioError: Error, CustomStringConvertible, Sendable, Hashable {
  /// The espeak-ng voice data was not found (the Debian package `espeak-ng-data` is missing).
  case engineDataMissing(searched: [String])
  /// espeak-ng could not start although its data is present.
  case engineFailed(String)
  /// No installed voice has this name; `available` lists the names that exist.
  case unknownVoice(String, available: [String])
  /// No espeak-ng voice variant (`voices/!v/`) has this name.
  case unknownVariant(String)
  /// A voice setting is out of the range espeak-ng accepts.
  case invalidSetting(name: String, value: Int, range: ClosedRange<Int>)
  /// espeak-ng refused to synthesise the text (its status code).
  case synthesisFailed(code: Int)
  /// A synthesis worker process failed twice on the same text (it crashed, hung or broke the
  /// protocol, and so did its replacement); the reason says how.
  case workerFailed(String)
  /// The output file's extension names no format Loa can write.
  case unsupportedExtension(String)
  /// The output folder does not exist.
  case folderMissing(String)
  /// The output folder exists but a file cannot be created in it.
  case folderNotWritable(String)
  /// An audio file could not be opened or read (libsndfile's reason).
  case unreadableFile(String, reason: String)
  /// Writing an audio file failed (libsndfile's reason); no partial file is left.
  case writeFailed(String, reason: String)
  /// A sample rate outside 8,000–192,000 Hz was requested.
  case invalidSampleRate(Int)
  /// A silence of negative or non-finite length was requested.
  case invalidSilence(Double)
  /// A loudness target outside −70…0 LUFS or a true-peak ceiling above 0 dBTP was requested.
  case invalidLoudness(Double)
  /// libsoxr could not be set up or failed while resampling.
  case resamplingFailed(String)
  /// libebur128 could not measure loudness.
  case meteringFailed
  /// A temporary file for the two-pass normalisation could not be written or read.
  case scratchFailed(String)

  /// The one-line Vietnamese message.
  public var description: String {
    switch self {
    case .engineDataMissing(let searched):
      let places = searched.isEmpty ? "" : " (đã tìm ở: \(searched.joined(separator: ", ")))"
      return "Không tìm thấy dữ liệu giọng đọc espeak-ng\(places). "
        + "Hãy cài gói Debian espeak-ng-data: sudo apt-get install espeak-ng-data"
    case .engineFailed(let detail):
      return "Không khởi động được bộ tổng hợp giọng nói espeak-ng: \(detail)."
    case .unknownVoice(let name, let available):
      let shown = available.prefix(6).joined(separator: ", ")
      let more = available.count > 6 ? " … (tổng cộng \(available.count) giọng)" : ""
      return "Không có giọng đọc '\(name)'. Các giọng hiện có: \(shown)\(more)."
    case .unknownVariant(let name):
      return "Không có biến thể giọng đọc '\(name)'."
    case .invalidSetting(let name, let value, let range):
      return "Giá trị \(name) = \(value) không hợp lệ (phải từ \(range.lowerBound) đến "
        + "\(range.upperBound))."
    case .synthesisFailed(let code):
      return "espeak-ng không tổng hợp được văn bản (mã lỗi \(code))."
    case .workerFailed(let reason):
      return "Tiến trình tổng hợp giọng nói bị lỗi hai lần liên tiếp (\(reason))."
    case .unsupportedExtension(let ext):
      let shown = ext.isEmpty ? "không có phần mở rộng" : "'.\(ext)'"
      return "Không hỗ trợ định dạng tệp âm thanh \(shown). Hãy dùng .wav, .flac, .ogg hoặc .mp3."
    case .folderMissing(let path):
      return "Thư mục '\(path)' không tồn tại."
    case .folderNotWritable(let path):
      return "Không ghi được vào thư mục '\(path)' (không có quyền ghi)."
    case .unreadableFile(let path, let reason):
      return "Không đọc được tệp âm thanh '\(path)': \(reason)."
    case .writeFailed(let path, let reason):
      return "Không ghi được tệp âm thanh '\(path)': \(reason)."
    case .invalidSampleRate(let rate):
      return "Tần số lấy mẫu \(rate) Hz không hợp lệ (phải từ 8000 đến 192000 Hz)."
    case .invalidSilence(let seconds):
      return "Độ dài khoảng lặng \(seconds) giây không hợp lệ."
    case .invalidLoudness(let value):
      return
        "Mức âm lượng \(value) không hợp lệ (độ to phải từ −70 đến 0 LUFS, đỉnh thật ≤ 0 dBTP)."
    case .resamplingFailed(let reason):
      return "Không chuyển được tần số lấy mẫu: \(reason)."
    case .meteringFailed:
      return "Không đo được độ to (libebur128)."
    case .scratchFailed(let path):
      return "Không ghi được tệp tạm '\(path)'."
    }
  }
}
