import CShout
import Glibc

/// A libshout source connection sending MP3 to one Icecast mount; closed and freed in `deinit`.
///
/// Connects in non-blocking mode, polling until connected or the timeout passes, so an
/// unreachable server fails in seconds instead of the system's TCP timeout. Sends never block:
/// libshout queues what the socket cannot take yet, and a queue that keeps growing means the
/// server has stopped reading. Every libshout call runs under ``BrokenPipeGuard``: a server that
/// went away is an error, not a SIGPIPE.
final class ShoutConnection {
  private var handle: OpaquePointer?
  private var connected = false
  let target: IcecastURL
  /// Bytes queued in libshout beyond which the stream counts as lost (about 30 s at 64 kbit/s).
  static let maximumQueue = 256 * 1_024

  /// Connects to `target` as an MP3 source.
  init(
    target: IcecastURL, sampleRate: Int, kilobitsPerSecond: Int, streamName: String?,
    timeout: Double
  ) throws {
    self.target = target
    shout_init()
    guard let shout = shout_new() else {
      throw PlayoutError.streamUnreachable(target.server, reason: "libshout hết bộ nhớ")
    }
    handle = shout
    func check(_ status: Int32) throws {
      guard status != SHOUTERR_SUCCESS else { return }
      throw PlayoutError.streamRefused(target.server, reason: Self.reason(shout, status))
    }
    try check(shout_set_host(shout, target.host))
    try check(shout_set_port(shout, UInt16(target.port)))
    try check(shout_set_user(shout, target.user))
    try check(shout_set_password(shout, target.password))
    try check(shout_set_mount(shout, target.mount))
    try check(shout_set_agent(shout, "Loa"))
    try check(shout_set_protocol(shout, UInt32(SHOUT_PROTOCOL_HTTP)))
    try check(
      shout_set_content_format(shout, UInt32(SHOUT_FORMAT_MP3), UInt32(SHOUT_USAGE_AUDIO), nil))
    try check(shout_set_tls(shout, SHOUT_TLS_DISABLED))
    try check(shout_set_audio_info(shout, SHOUT_AI_SAMPLERATE, "\(sampleRate)"))
    try check(shout_set_audio_info(shout, SHOUT_AI_CHANNELS, "1"))
    try check(shout_set_audio_info(shout, SHOUT_AI_BITRATE, "\(kilobitsPerSecond)"))
    if let streamName { try check(shout_set_meta(shout, SHOUT_META_NAME, streamName)) }
    try check(shout_set_nonblocking(shout, UInt32(SHOUT_BLOCKING_NONE)))
    try BrokenPipeGuard.run { try connect(shout, timeout: timeout) }
  }

  deinit {
    if let handle {
      BrokenPipeGuard.run {
        if connected { _ = shout_close(handle) }
        shout_free(handle)
      }
    }
  }

  /// Opens the connection and polls it until connected, refused or `timeout` seconds passed.
  private func connect(_ shout: OpaquePointer, timeout: Double) throws {
    var status = shout_open(shout)
    let deadline = Self.now() + timeout
    while status == SHOUTERR_BUSY || status == SHOUTERR_RETRY || status == SHOUTERR_UNCONNECTED {
      guard Self.now() < deadline else {
        throw PlayoutError.streamUnreachable(
          target.server, reason: "không có trả lời sau \(Int(timeout.rounded())) giây")
      }
      usleep(10_000)
      status = shout_get_connected(shout)
    }
    switch status {
    case SHOUTERR_SUCCESS, SHOUTERR_CONNECTED:
      connected = true
    case SHOUTERR_NOLOGIN:
      throw PlayoutError.streamRefused(
        target.server, reason: "sai mật khẩu hoặc điểm gắn \(target.mount) đang bận")
    case SHOUTERR_NOCONNECT, SHOUTERR_SOCKET:
      throw PlayoutError.streamUnreachable(target.server, reason: Self.reason(shout, status))
    default:
      throw PlayoutError.streamRefused(target.server, reason: Self.reason(shout, status))
    }
  }

  /// Queues MP3 bytes and sends what the socket takes.
  func send(_ bytes: UnsafeRawBufferPointer) throws {
    guard let handle, connected else { throw PlayoutError.closed(target.description) }
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    let status = BrokenPipeGuard.run {
      shout_send(handle, base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }
    guard status == SHOUTERR_SUCCESS || status == SHOUTERR_BUSY else {
      throw PlayoutError.streamLost(target.server, reason: Self.reason(handle, status))
    }
    if shout_queuelen(handle) > Self.maximumQueue {
      throw PlayoutError.streamLost(target.server, reason: "máy chủ không nhận dữ liệu")
    }
  }

  /// Sends what is still queued, for up to `timeout` seconds.
  func flush(timeout: Double) {
    guard let handle, connected else { return }
    let deadline = Self.now() + timeout
    while shout_queuelen(handle) > 0 && Self.now() < deadline {
      let status = BrokenPipeGuard.run { shout_send(handle, nil, 0) }
      guard status == SHOUTERR_SUCCESS || status == SHOUTERR_BUSY else { return }
      usleep(5_000)
    }
  }

  /// Sets the title listeners see (`song`, sent as UTF-8 over a separate, short request).
  func setTitle(_ title: String) throws {
    guard let handle, connected else { throw PlayoutError.closed(target.description) }
    guard let metadata = shout_metadata_new() else {
      throw PlayoutError.streamLost(target.server, reason: "libshout hết bộ nhớ")
    }
    defer { shout_metadata_free(metadata) }
    var status = shout_metadata_add(metadata, "song", title)
    if status == SHOUTERR_SUCCESS {
      status = BrokenPipeGuard.run { shout_set_metadata_utf8(handle, metadata) }
    }
    guard status == SHOUTERR_SUCCESS else {
      throw PlayoutError.streamLost(target.server, reason: Self.reason(handle, status))
    }
  }

  /// Disconnects.
  func close() {
    guard let handle, connected else { return }
    connected = false
    BrokenPipeGuard.run { _ = shout_close(handle) }
  }

  /// libshout's text for a status, in Vietnamese where it is one Loa expects.
  private static func reason(_ shout: OpaquePointer, _ status: Int32) -> String {
    switch status {
    case SHOUTERR_NOCONNECT: return "không kết nối được (máy chủ tắt hoặc sai cổng)"
    case SHOUTERR_NOLOGIN: return "sai mật khẩu hoặc điểm gắn đang bận"
    case SHOUTERR_SOCKET: return "lỗi mạng"
    case SHOUTERR_UNCONNECTED: return "chưa kết nối"
    default: return String(cString: shout_get_error(shout))
    }
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
