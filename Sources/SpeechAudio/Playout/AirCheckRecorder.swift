import Foundation

/// The air-check: a 16-bit mono WAV of exactly what went out, silence between programs included.
///
/// Recorded as RF64 (WAV's 64-bit form, so a recording may run past WAV's 4 GiB, about 27 hours
/// at 22,050 Hz) and finished as an ordinary (WAVE_FORMAT_EXTENSIBLE) WAV when it is smaller.
///
/// Written under a hidden temporary name in the target folder (`.NAME.loa-rec-PID-RANDOM`) and
/// renamed to its name by ``close()`` (or when released). The WAV header is rewritten every
/// ``headerInterval`` seconds of audio, so a player that is killed leaves a temporary file that
/// any program reads up to that point; ``recoverUnfinished(in:)`` gives such files their names.
///
/// A failure (disk full, folder not writable) throws ``PlayoutError/recordingFailed(_:reason:)``;
/// the caller logs it, closes the recorder (keeping what was recorded) and keeps airing.
public final class AirCheckRecorder: AudioOutput {
  /// `record:PATH`.
  public var name: String { "record:\(url.path)" }
  /// Where the recording ends up.
  public let url: URL
  /// The recording's frames per second.
  public let sampleRate: Int
  /// Seconds of audio between header rewrites.
  public let headerInterval: Double
  /// Frames recorded so far.
  public private(set) var framesWritten = 0
  /// Same as ``framesWritten``: a file has no queue.
  public var framesPlayed: Int { framesWritten }

  private var output: OutputFile?
  private var file: SoundFile?
  private var framesAtLastHeader = 0
  private var failure: PlayoutError?

  /// Creates the temporary file in `url`'s folder.
  ///
  /// - Throws: ``PlayoutError/recordingFailed(_:reason:)`` when the folder is missing or not
  ///   writable, or `url` does not end in `.wav`.
  public init(url: URL, sampleRate: Int, headerInterval: Double = 1) throws {
    self.url = url
    self.sampleRate = sampleRate
    self.headerInterval = headerInterval
    guard url.pathExtension.lowercased() == "wav" else {
      throw PlayoutError.recordingFailed(url.path, reason: "tệp thu kiểm tra phải có đuôi .wav")
    }
    guard (8_000...192_000).contains(sampleRate) else {
      throw SpeechAudioError.invalidSampleRate(sampleRate)
    }
    do {
      let output = try OutputFile(for: url, suffix: "rec")
      file = try SoundFile.openForRecording(
        descriptor: output.descriptor, path: output.temporaryPath, sampleRate: sampleRate)
      self.output = output
    } catch let error as SpeechAudioError {
      throw PlayoutError.recordingFailed(url.path, reason: Self.reason(error))
    }
    file?.updateHeader()
  }

  deinit {
    try? close()
  }

  /// Appends the samples.
  public func write(_ samples: UnsafeBufferPointer<Float>) throws {
    let file = try openFile()
    do {
      try file.write(samples)
    } catch let error as SpeechAudioError {
      let failure = PlayoutError.recordingFailed(url.path, reason: Self.reason(error))
      self.failure = failure
      throw failure
    }
    framesWritten += samples.count
    if Double(framesWritten - framesAtLastHeader) >= headerInterval * Double(sampleRate) {
      file.updateHeader()
      framesAtLastHeader = framesWritten
    }
  }

  /// Rewrites the header now (everything written so far is readable).
  public func drain() throws {
    try openFile().updateHeader()
    framesAtLastHeader = framesWritten
  }

  /// Finishes the WAV and renames it to ``url`` (replacing a file of that name). A recording
  /// that failed is still finished with what it holds.
  public func close() throws {
    guard let file, let output else { return }
    self.file = nil
    self.output = nil
    do {
      try file.close()
      try output.commit()
    } catch let error as SpeechAudioError {
      throw PlayoutError.recordingFailed(url.path, reason: Self.reason(error))
    }
  }

  /// The open file, or the error that stopped it.
  private func openFile() throws -> SoundFile {
    if let failure { throw failure }
    guard let file else { throw PlayoutError.closed(name) }
    return file
  }

  /// The reason part of a file error, for the one-line message (the usual system errors in
  /// Vietnamese).
  private static func reason(_ error: SpeechAudioError) -> String {
    let text: String
    switch error {
    case .folderMissing: return "thư mục không tồn tại"
    case .folderNotWritable: return "không có quyền ghi vào thư mục"
    case .writeFailed(_, let reason), .unreadableFile(_, let reason): text = reason
    default: text = error.description
    }
    let known = [
      ("No space left on device", "ổ đĩa đã đầy"),
      ("File too large", "tệp vượt giới hạn kích thước"),
      ("Read-only file system", "ổ đĩa chỉ cho đọc"),
      ("Permission denied", "không có quyền ghi"),
      ("Input/output error", "lỗi đọc ghi ổ đĩa"),
    ]
    if let (_, vietnamese) = known.first(where: { text.contains($0.0) }) { return vietnamese }
    var trimmed = Substring(text)
    while let last = trimmed.last, last == "." || last.isWhitespace { trimmed.removeLast() }
    return String(trimmed)
  }

  /// Renames the recordings a killed player left in `folder` (`.NAME.loa-rec-PID-…` of a
  /// process no longer running) to `NAME`, or `NAME-PID.wav` when `NAME` exists; returns the
  /// new names.
  @discardableResult
  public static func recoverUnfinished(in folder: URL) throws -> [URL] {
    var recovered: [URL] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
      guard name.hasPrefix("."), let marker = name.range(of: ".loa-rec-", options: .backwards)
      else { continue }
      let parts = name[marker.upperBound...].split(separator: "-")
      guard parts.count == 2, let pid = Int32(parts[0]), kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      let original = String(name[name.index(after: name.startIndex)..<marker.lowerBound])
      var target = folder.appendingPathComponent(original)
      if FileManager.default.fileExists(atPath: target.path) {
        let stem = (original as NSString).deletingPathExtension
        target = folder.appendingPathComponent("\(stem)-\(pid).wav")
      }
      try FileManager.default.moveItem(at: folder.appendingPathComponent(name), to: target)
      recovered.append(target)
    }
    return recovered
  }
}
