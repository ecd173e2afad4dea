import CSndFile

/// A constant-bitrate MP3 encoder (libsndfile's LAME-based MPEG writer) whose bytes go to a
/// closure as they are made, through libsndfile's virtual I/O; freed in `deinit`.
///
/// The virtual file only grows: libsndfile seeks back at the end to fill in the LAME info frame,
/// and those rewrites of bytes already sent are dropped (the placeholder frame it wrote first is
/// an ordinary silent frame).
final class MP3StreamEncoder {
  private var handle: OpaquePointer?
  private var io = SF_VIRTUAL_IO()
  /// Where encoded bytes go; an error thrown here surfaces from ``encode(_:)``.
  private let sink: (UnsafeRawBufferPointer) throws -> Void
  private var position: sf_count_t = 0
  private var length: sf_count_t = 0
  private var sinkError: Error?
  /// Encoded bytes passed on so far.
  private(set) var bytesSent = 0

  /// Sets up `sampleRate` mono encoding at about `kilobitsPerSecond` (LAME's nearest CBR rate).
  init(
    sampleRate: Int, kilobitsPerSecond: Int,
    sink: @escaping (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    self.sink = sink
    io.get_filelen = { user in MP3StreamEncoder.from(user).length }
    io.seek = { offset, whence, user in
      let me = MP3StreamEncoder.from(user)
      switch whence {
      case SEEK_SET: me.position = offset
      case SEEK_CUR: me.position += offset
      default: me.position = me.length + offset
      }
      return me.position
    }
    io.read = { _, _, _ in 0 }
    io.write = { pointer, count, user in
      MP3StreamEncoder.from(user).received(pointer, count: count)
    }
    io.tell = { user in MP3StreamEncoder.from(user).position }
    var info = SF_INFO()
    info.samplerate = Int32(sampleRate)
    info.channels = 1
    info.format = Int32(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III)
    guard sf_format_check(&info) != 0 else {
      throw PlayoutError.encodingFailed("libsndfile không có bộ mã hoá MP3 cho \(sampleRate) Hz")
    }
    let user = Unmanaged.passUnretained(self).toOpaque()
    guard let handle = sf_open_virtual(&io, Int32(SFM_WRITE), &info, user) else {
      throw PlayoutError.encodingFailed(String(cString: sf_strerror(nil)))
    }
    self.handle = handle
    var mode = Int32(SF_BITRATE_MODE_CONSTANT)
    sf_command(handle, Int32(SFC_SET_BITRATE_MODE), &mode, Int32(MemoryLayout<Int32>.size))
    var level = Self.compressionLevel(sampleRate: sampleRate, kilobitsPerSecond: kilobitsPerSecond)
    sf_command(handle, Int32(SFC_SET_COMPRESSION_LEVEL), &level, Int32(MemoryLayout<Double>.size))
  }

  deinit {
    if let handle { sf_close(handle) }
  }

  /// libsndfile's compression level (0 best … 1 smallest) for a CBR rate: it maps the level
  /// linearly onto 32–320 kbit/s (MPEG-1, ≥ 32 kHz), 8–160 (MPEG-2, ≥ 16 kHz) or 8–64 (MPEG-2.5).
  static func compressionLevel(sampleRate: Int, kilobitsPerSecond: Int) -> Double {
    let range: (low: Double, high: Double) =
      sampleRate >= 32_000 ? (32, 320) : sampleRate >= 16_000 ? (8, 160) : (8, 64)
    let rate = min(max(Double(kilobitsPerSecond), range.low), range.high)
    return (range.high - rate) / (range.high - range.low)
  }

  private static func from(_ user: UnsafeMutableRawPointer?) -> MP3StreamEncoder {
    Unmanaged<MP3StreamEncoder>.fromOpaque(user!).takeUnretainedValue()
  }

  /// Bytes libsndfile writes at ``position``: new ones are passed on, rewrites dropped.
  private func received(_ pointer: UnsafeRawPointer?, count: sf_count_t) -> sf_count_t {
    let start = position
    position += count
    defer { length = max(length, position) }
    guard let pointer, position > length, sinkError == nil else { return count }
    let skip = Int(max(0, length - start))
    let fresh = UnsafeRawBufferPointer(start: pointer + skip, count: Int(count) - skip)
    do {
      try sink(fresh)
      bytesSent += fresh.count
    } catch {
      sinkError = error
    }
    return count
  }

  /// Encodes mono samples; encoded frames reach the sink as they are completed.
  func encode(_ samples: UnsafeBufferPointer<Float>) throws {
    guard let handle else { throw PlayoutError.encodingFailed("bộ mã hoá đã đóng") }
    guard let base = samples.baseAddress, !samples.isEmpty else { return }
    let written = sf_writef_float(handle, base, sf_count_t(samples.count))
    if let sinkError { throw sinkError }
    guard written == samples.count else {
      throw PlayoutError.encodingFailed(String(cString: sf_strerror(handle)))
    }
  }

  /// Flushes the encoder's last frames to the sink and frees it.
  func finish() throws {
    guard let handle else { return }
    self.handle = nil
    sf_close(handle)
    if let sinkError { throw sinkError }
  }
}
