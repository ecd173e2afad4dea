import CProcessControl
import CSndFile
import Foundation

/// An open libsndfile handle; closed in `deinit` if ``close()`` was not called.
final class SoundFile {
  private var handle: OpaquePointer?
  /// Frames per second.
  let sampleRate: Int
  /// Channels per frame.
  let channels: Int
  /// Frames in the file (reading only).
  let frames: Int
  /// Whether samples are stored as 16-bit integers (converted here, eight at a time).
  private var sixteenBit = false
  /// Conversion buffer for 16-bit writes.
  private var shorts: [Int16] = []
  /// The descriptor of a file written through one, whose pages are sent to disk as it grows.
  private var writeback: Int32?
  /// Bytes handed to libsndfile since the last writeback was started.
  private var unsent = 0
  /// The path, for messages.
  let path: String

  private init(handle: OpaquePointer, info: SF_INFO, path: String) {
    self.handle = handle
    self.sampleRate = Int(info.samplerate)
    self.channels = Int(info.channels)
    self.frames = Int(info.frames)
    self.path = path
  }

  deinit {
    if let handle { sf_close(handle) }
  }

  /// Opens any libsndfile-readable file.
  static func openForReading(_ path: String) throws -> SoundFile {
    var info = SF_INFO()
    guard let handle = sf_open(path, Int32(SFM_READ), &info) else {
      throw SpeechAudioError.unreadableFile(path, reason: lastError(nil))
    }
    return SoundFile(handle: handle, info: info, path: path)
  }

  /// Wraps an already-created file descriptor for writing (libsndfile closes it).
  static func openForWriting(
    descriptor: Int32, path: String, format: AudioFileFormat, sampleRate: Int
  ) throws -> SoundFile {
    var info = SF_INFO()
    info.samplerate = Int32(sampleRate)
    info.channels = 1
    info.format = Self.formatCode(format)
    guard sf_format_check(&info) != 0 else {
      Glibc.close(descriptor)
      throw SpeechAudioError.writeFailed(path, reason: "libsndfile không hỗ trợ định dạng này")
    }
    guard let handle = sf_open_fd(descriptor, Int32(SFM_WRITE), &info, 1) else {
      Glibc.close(descriptor)
      throw SpeechAudioError.writeFailed(path, reason: lastError(nil))
    }
    let file = SoundFile(handle: handle, info: info, path: path)
    sf_command(handle, Int32(SFC_SET_CLIPPING), nil, Int32(SF_TRUE))
    file.sixteenBit = format == .wav || format == .flac
    file.writeback = descriptor
    return file
  }

  /// Wraps a descriptor for a long 16-bit mono recording: RF64, so it may pass WAV's 4 GiB
  /// (about 27 hours at 22,050 Hz), finished as a WAVE_FORMAT_EXTENSIBLE WAV when smaller.
  static func openForRecording(descriptor: Int32, path: String, sampleRate: Int) throws
    -> SoundFile
  {
    var info = SF_INFO()
    info.samplerate = Int32(sampleRate)
    info.channels = 1
    info.format = Int32(SF_FORMAT_RF64 | SF_FORMAT_PCM_16)
    guard let handle = sf_open_fd(descriptor, Int32(SFM_WRITE), &info, 1) else {
      Glibc.close(descriptor)
      throw SpeechAudioError.writeFailed(path, reason: lastError(nil))
    }
    let file = SoundFile(handle: handle, info: info, path: path)
    sf_command(handle, Int32(SFC_SET_CLIPPING), nil, Int32(SF_TRUE))
    sf_command(handle, Int32(SFC_RF64_AUTO_DOWNGRADE), nil, Int32(SF_TRUE))
    file.sixteenBit = true
    return file
  }

  /// libsndfile's format code for `format`.
  private static func formatCode(_ format: AudioFileFormat) -> Int32 {
    switch format {
    case .wav: return Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
    case .flac: return Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16)
    case .ogg: return Int32(SF_FORMAT_OGG | SF_FORMAT_VORBIS)
    case .mp3: return Int32(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III)
    }
  }

  /// libsndfile's last error message for `handle` (or the last open).
  private static func lastError(_ handle: OpaquePointer?) -> String {
    String(cString: sf_strerror(handle))
  }

  /// Reads up to `frames` interleaved frames into `buffer`; returns the frames read (0 at end).
  func read(into buffer: UnsafeMutablePointer<Float>, frames: Int) -> Int {
    guard let handle else { return 0 }
    return Int(sf_readf_float(handle, buffer, sf_count_t(frames)))
  }

  /// Writes mono samples (−1…1; 16-bit formats clip and round like libsndfile does).
  func write(_ samples: UnsafeBufferPointer<Float>) throws {
    guard let handle, let base = samples.baseAddress, !samples.isEmpty else { return }
    let written: sf_count_t
    if sixteenBit {
      Self.convert(samples, into: &shorts)
      written = shorts.withUnsafeBufferPointer {
        sf_writef_short(handle, $0.baseAddress, sf_count_t(samples.count))
      }
    } else {
      written = sf_writef_float(handle, base, sf_count_t(samples.count))
    }
    guard written == samples.count else {
      throw SpeechAudioError.writeFailed(path, reason: Self.lastError(handle))
    }
    startWritebackIfDue(bytes: samples.count * (sixteenBit ? 2 : 4))
  }

  /// Every few megabytes, starts sending the pages written so far to disk (not waiting): the
  /// rename that replaces an existing file then has little left to flush (ext4 flushes a file
  /// renamed over another before the rename returns, tens of milliseconds for a long program).
  private func startWritebackIfDue(bytes: Int) {
    guard let writeback else { return }
    unsent += bytes
    guard unsent >= 4 << 20 else { return }
    unsent = 0
    _ = loa_start_writeback(writeback)
  }

  /// Float samples to 16-bit: × 32767, clipped, rounded to nearest even (libsndfile's own
  /// scaling), NaN as 0. Adding 1.5 × 2²³ rounds without a libm call: the sum's low mantissa
  /// bits are then the integer itself. Eight samples at a time, the rest one by one (the same
  /// arithmetic: both give the same shorts).
  private static func convert(_ samples: UnsafeBufferPointer<Float>, into shorts: inout [Int16]) {
    let count = samples.count
    let magic: Float = 12_582_912
    shorts = [Int16](unsafeUninitializedCapacity: count) { out, initialized in
      guard let source = samples.baseAddress, let target = out.baseAddress else { return }
      let from = UnsafeRawPointer(source)
      let to = UnsafeMutableRawPointer(target)
      var i = 0
      while i + 8 <= count {
        var x = from.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self) * 32767
        x.replace(with: 0, where: x .!= x)
        x.replace(with: -32768, where: x .< -32768)
        x.replace(with: 32767, where: x .> 32767)
        // The bit pattern of 1.5 × 2²³ + n is 0x4B40_0000 + n for |n| < 2²².
        let rounded = unsafeBitCast(x + magic, to: SIMD8<Int32>.self) &- 0x4B40_0000
        to.storeBytes(
          of: SIMD8<Int16>(truncatingIfNeeded: rounded), toByteOffset: i * 2,
          as: SIMD8<Int16>.self)
        i += 8
      }
      while i < count {
        var x = samples[i] * 32767
        x = x < -32768 ? -32768 : (x > 32767 ? 32767 : x)
        x = (x + magic) - magic
        out[i] = x.isNaN ? 0 : Int16(truncatingIfNeeded: Int32(x))
        i += 1
      }
      initialized = count
    }
  }

  /// Rewrites the header for the frames written so far, so that the file is complete up to here
  /// even if the process is killed before ``close()``.
  func updateHeader() {
    guard let handle else { return }
    sf_command(handle, Int32(SFC_UPDATE_HEADER_NOW), nil, 0)
  }

  /// Writes the metadata strings that are set (call before the first write).
  func setMetadata(_ metadata: AudioMetadata) {
    guard let handle else { return }
    let fields: [(Int32, String?)] = [
      (Int32(SF_STR_TITLE), metadata.title), (Int32(SF_STR_ARTIST), metadata.artist),
      (Int32(SF_STR_COMMENT), metadata.comment), (Int32(SF_STR_SOFTWARE), metadata.software),
      (Int32(SF_STR_DATE), metadata.date),
    ]
    for case (let type, let value?) in fields {
      sf_set_string(handle, type, value)
    }
  }

  /// The string fields present in the file.
  func metadata() -> AudioMetadata {
    func field(_ type: Int32) -> String? {
      guard let handle, let value = sf_get_string(handle, type) else { return nil }
      return String(cString: value)
    }
    return AudioMetadata(
      title: field(Int32(SF_STR_TITLE)), artist: field(Int32(SF_STR_ARTIST)),
      comment: field(Int32(SF_STR_COMMENT)), software: field(Int32(SF_STR_SOFTWARE)),
      date: field(Int32(SF_STR_DATE)))
  }

  /// Closes the file, reporting a failure to finish writing it.
  func close() throws {
    guard let handle else { return }
    self.handle = nil
    let status = sf_close(handle)
    guard status == 0 else {
      throw SpeechAudioError.writeFailed(path, reason: String(cString: sf_error_number(status)))
    }
  }
}
