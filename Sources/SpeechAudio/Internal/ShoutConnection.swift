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
  private let shout: ShoutLibrary
  private var handle: OpaquePointer?
  private var connected = false
  let target: IcecastURL
  private let titles: ShoutTitleSender
  /// Bytes queued in libshout beyond which the stream counts as lost (about 30 s at 64 kbit/s).
  static let maximumQueue = 256 * 1_024

  /// Connects to `target` as an MP3 source.
  init(
    target: IcecastURL, sampleRate: Int, kilobitsPerSecond: Int, streamName: String?,
    timeout: Double
  ) throws {
    self.target = target
    let shout = try ShoutLibrary.loaded(for: target.server)
    self.shout = shout
    titles = try ShoutTitleSender(target: target)
    guard let handle = shout.new() else {
      throw PlayoutError.streamUnreachable(target.server, reason: "libshout hết bộ nhớ")
    }
    self.handle = handle
    func check(_ status: Int32) throws {
      guard status != SHOUTERR_SUCCESS else { return }
      throw PlayoutError.streamRefused(target.server, reason: Self.reason(shout, handle, status))
    }
    try check(shout.configure(handle, for: target))
    try check(shout.setAudioInfo(handle, SHOUT_AI_SAMPLERATE, "\(sampleRate)"))
    try check(shout.setAudioInfo(handle, SHOUT_AI_CHANNELS, "1"))
    try check(shout.setAudioInfo(handle, SHOUT_AI_BITRATE, "\(kilobitsPerSecond)"))
    if let streamName { try check(shout.setMeta(handle, SHOUT_META_NAME, streamName)) }
    try check(shout.setNonblocking(handle, UInt32(SHOUT_BLOCKING_NONE)))
    try BrokenPipeGuard.run { try connect(handle, timeout: timeout) }
  }

  deinit {
    if let handle {
      BrokenPipeGuard.run {
        if connected { _ = shout.close(handle) }
        shout.free(handle)
      }
    }
  }

  /// Opens the connection and polls it until connected, refused or `timeout` seconds passed.
  private func connect(_ handle: OpaquePointer, timeout: Double) throws {
    var status = shout.open(handle)
    let deadline = Self.now() + timeout
    while status == SHOUTERR_BUSY || status == SHOUTERR_RETRY || status == SHOUTERR_UNCONNECTED {
      guard Self.now() < deadline else {
        throw PlayoutError.streamUnreachable(
          target.server, reason: "không có trả lời sau \(Int(timeout.rounded())) giây")
      }
      usleep(10_000)
      status = shout.getConnected(handle)
    }
    switch status {
    case SHOUTERR_SUCCESS, SHOUTERR_CONNECTED:
      connected = true
    case SHOUTERR_NOLOGIN:
      throw PlayoutError.streamRefused(
        target.server, reason: "sai mật khẩu hoặc điểm gắn \(target.mount) đang bận")
    case SHOUTERR_NOCONNECT, SHOUTERR_SOCKET:
      throw PlayoutError.streamUnreachable(
        target.server, reason: Self.reason(shout, handle, status))
    default:
      throw PlayoutError.streamRefused(target.server, reason: Self.reason(shout, handle, status))
    }
  }

  /// Queues MP3 bytes and sends what the socket takes.
  func send(_ bytes: UnsafeRawBufferPointer) throws {
    guard let handle, connected else { throw PlayoutError.closed(target.description) }
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    let status = BrokenPipeGuard.run {
      shout.send(handle, base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }
    guard status == SHOUTERR_SUCCESS || status == SHOUTERR_BUSY else {
      throw PlayoutError.streamLost(target.server, reason: Self.reason(shout, handle, status))
    }
    if shout.queueLength(handle) > Self.maximumQueue {
      throw PlayoutError.streamLost(target.server, reason: "máy chủ không nhận dữ liệu")
    }
  }

  /// Sends what is still queued, for up to `timeout` seconds.
  func flush(timeout: Double) {
    guard let handle, connected else { return }
    let deadline = Self.now() + timeout
    while shout.queueLength(handle) > 0 && Self.now() < deadline {
      let status = BrokenPipeGuard.run { shout.send(handle, nil, 0) }
      guard status == SHOUTERR_SUCCESS || status == SHOUTERR_BUSY else { return }
      usleep(5_000)
    }
  }

  /// Sets the title listeners see (`song`, sent as UTF-8 over a separate, short request that
  /// may take at most `timeout` seconds).
  func setTitle(_ title: String, timeout: Double = 2) throws {
    guard handle != nil, connected else { throw PlayoutError.closed(target.description) }
    try titles.send(title, timeout: timeout)
  }

  /// Disconnects.
  func close() {
    guard let handle, connected else { return }
    connected = false
    BrokenPipeGuard.run { _ = shout.close(handle) }
  }

  /// libshout's text for a status, in Vietnamese where it is one Loa expects.
  private static func reason(
    _ shout: ShoutLibrary, _ handle: OpaquePointer, _ status: Int32
  ) -> String {
    switch status {
    case SHOUTERR_NOCONNECT: return "không kết nối được (máy chủ tắt hoặc sai cổng)"
    case SHOUTERR_NOLOGIN: return "sai mật khẩu hoặc điểm gắn đang bận"
    case SHOUTERR_SOCKET: return "lỗi mạng"
    case SHOUTERR_UNCONNECTED: return "chưa kết nối"
    default: return shout.errorText(handle, status: status)
    }
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
