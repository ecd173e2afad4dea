import Foundation
import LoaTestSupport

/// A private PulseAudio server with one null sink, reachable only through its own socket, for
/// testing ALSA output without a sound card (ALSA's `pulse` PCM from libasound2-plugins).
///
/// libpulse inside the test process finds it through `PULSE_SERVER`, which is set once per
/// process to a fixed socket path (`setenv` while other threads read the environment is a race,
/// so it is done once, never undone); one server at a time, so suites using it must be
/// `.serialized`. ``stop()`` kills the server and removes everything it wrote.
final class PulseServer: @unchecked Sendable {
  /// The null sink's name; its monitor source is `SINK.monitor`.
  let sink = "loa_test"
  /// The sink's rate (mono).
  let rate: Int
  let folder: TemporaryFolder
  private let server: TestServer
  private var environment: [String: String]

  /// The socket every server of this test process listens on.
  static let socket = "/tmp/loa-pulse-\(getpid()).sock"
  /// Sets `PULSE_SERVER` the first time a server starts.
  private static let pointEnvironment: Void = {
    setenv("PULSE_SERVER", "unix:\(socket)", 1)
  }()

  /// Starts the server and waits (up to 5 s) for its socket.
  init(rate: Int = 22_050) throws {
    self.rate = rate
    folder = try TemporaryFolder("loa-pulse")
    let socket = Self.socket
    unlink(socket)
    let script = folder.file("server.pa")
    // norewinds: a new stream would otherwise rewind the sink, and the monitor (which already
    // passed the rendered silence on) loses the stream's first ~0.25 s.
    try """
    load-module module-null-sink sink_name=\(sink) rate=\(rate) channels=1 norewinds=1
    load-module module-native-protocol-unix socket=\(socket) auth-anonymous=1
    set-default-sink \(sink)

    """.write(to: script, atomically: true, encoding: .utf8)
    let runtime = folder.file("run").path
    try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: true)
    environment = [
      "PULSE_RUNTIME_PATH": runtime, "PULSE_STATE_PATH": folder.file("state").path,
      "HOME": folder.url.path, "PULSE_SERVER": "unix:\(socket)",
    ]
    server = try TestServer(
      "/usr/bin/pulseaudio",
      [
        "-n", "--daemonize=no", "--exit-idle-time=-1", "--system=false", "--disallow-exit",
        "--use-pid-file=false", "--log-target=stderr", "-F", script.path,
      ], environment: environment, log: folder.file("pulseaudio.log"))
    guard server.wait(timeout: 20, until: { FileManager.default.fileExists(atPath: socket) })
    else {
      let log = server.log
      stop()
      throw ServerError.didNotStart(log)
    }
    Self.pointEnvironment
  }

  /// Records the sink's monitor to a 16-bit mono WAV at the sink's rate until the returned
  /// recorder is stopped.
  func record(to url: URL) throws -> TestServer {
    let recorder = try TestServer(
      "/usr/bin/parecord",
      [
        "--device=\(sink).monitor", "--file-format=wav", "--format=s16le", "--rate=\(rate)",
        "--channels=1", "--latency-msec=20", url.path,
      ], environment: environment, log: folder.file("parecord.log"))
    // Recording has begun once the server lists parecord's source output.
    _ = recorder.wait(timeout: 5) { !sourceOutputs().isEmpty }
    usleep(100_000)
    return recorder
  }

  /// The server's source outputs (recording streams), as `pactl list short` prints them.
  private func sourceOutputs() -> [String] {
    let listing = folder.file("source-outputs.txt")
    let pactl = try? TestServer(
      "/usr/bin/pactl", ["list", "short", "source-outputs"], environment: environment,
      log: listing)
    _ = pactl?.waitForExit(timeout: 2)
    let text = (try? String(contentsOf: listing, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  /// The server's log (for failure messages).
  var log: String { server.log }

  /// Kills the server (SIGKILL: as abrupt as a crash).
  func crash() {
    server.stop(signal: SIGKILL, grace: 1)
  }

  /// Stops the server and removes its socket and folder.
  func stop() {
    server.stop()
    unlink(Self.socket)
    folder.remove()
  }

  enum ServerError: Error {
    case didNotStart(String)
  }
}
