import CShout
import Foundation

/// Sends "now playing" titles to an Icecast mount with a bounded wait; owns its own libshout
/// handle (never opened as a source), freed in `deinit`.
///
/// libshout sends a title over a second, fully blocking HTTP connection, which on a server that
/// stopped answering would hold the playout thread for minutes. So the request runs on a helper
/// thread and the caller waits at most `timeout`; a late request finishes (or fails) on its own
/// thread, and it never touches the streaming connection's handle.
final class ShoutTitleSender: @unchecked Sendable {
  // @unchecked: `handle` is used only by one helper thread at a time (`busy`, under `lock`).
  private let shout: ShoutLibrary
  private let handle: OpaquePointer
  private let server: String
  private let lock = NSLock()
  private var busy = false

  /// A sender for `target`'s mount.
  init(target: IcecastURL) throws {
    shout = try ShoutLibrary.loaded(for: target.server)
    guard let handle = shout.new() else {
      throw PlayoutError.streamUnreachable(target.server, reason: "libshout hết bộ nhớ")
    }
    self.handle = handle
    server = target.server
    // A setting refused here shows again, with its reason, when the stream itself is set up.
    _ = shout.configure(handle, for: target)
  }

  deinit {
    shout.free(handle)
  }

  /// Sets the mount's title (`song`, UTF-8); waits at most `timeout` seconds.
  func send(_ title: String, timeout: Double) throws {
    let started = lock.withLock { () -> Bool in
      guard !busy else { return false }
      busy = true
      return true
    }
    guard started else {
      throw PlayoutError.streamLost(server, reason: "máy chủ chưa trả lời lần đặt tên trước")
    }
    let done = DispatchSemaphore(value: 0)
    let result = ResultBox()
    let thread = Thread { [self] in
      let status = BrokenPipeGuard.run { self.request(title) }
      result.set(status)
      lock.withLock { busy = false }
      done.signal()
    }
    thread.start()
    guard done.wait(timeout: .now() + timeout) == .success else {
      throw PlayoutError.streamLost(
        server, reason: "máy chủ không trả lời trong \(Int(timeout.rounded())) giây")
    }
    let status = result.get()
    guard status == SHOUTERR_SUCCESS else {
      throw PlayoutError.streamLost(
        server, reason: shout.errorText(handle, status: status))
    }
  }

  /// The blocking libshout call.
  private func request(_ title: String) -> Int32 {
    guard let metadata = shout.metadataNew() else { return SHOUTERR_MALLOC }
    defer { shout.metadataFree(metadata) }
    let status = shout.metadataAdd(metadata, "song", title)
    guard status == SHOUTERR_SUCCESS else { return status }
    return shout.setMetadataUTF8(handle, metadata)
  }

  /// The helper thread's status, handed back under a lock.
  private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var status: Int32 = SHOUTERR_SUCCESS
    func set(_ value: Int32) { lock.withLock { status = value } }
    func get() -> Int32 { lock.withLock { status } }
  }
}
