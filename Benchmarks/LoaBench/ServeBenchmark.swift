import Foundation

/// `loa-bench serve`: latency of `loa serve` under 50 concurrent clients on loopback (wrk), and
/// the server's peak resident memory. Targets: p99 ≤ 50 ms, peak RSS ≤ 60 MB.
///
/// The server is the release `loa` next to this benchmark, over the station's own schedule
/// (`schedules/hai-hung.yaml`, 14 scripts, two slots) with an empty output folder, so lengths
/// are estimates as before the first `loa render`. Each path is warmed by one second of a single
/// client before the measured run (the first request of a range plans it).
enum ServeBenchmark {
  static let clients = 50
  static let seconds = 10
  static let paths = ["/api/plan?days=7", "/lich-phat"]

  static func run() throws {
    guard
      let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else {
      throw BenchmarkFailure("cần lệnh wrk (apt-get install wrk; make bench-deps)")
    }
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("loa").path
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("loa-bench-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let log = scratch.appendingPathComponent("serve.log").path
    let server = try spawn(
      binary,
      [
        "serve", "--schedule", repository.appendingPathComponent("schedules/hai-hung.yaml").path,
        "--out", scratch.appendingPathComponent("out").path, "--port", "0",
      ], output: log)
    defer {
      kill(server, SIGTERM)
      var status: Int32 = 0
      waitpid(server, &status, 0)
    }
    let base = try address(announcedIn: log)
    print("server: \(binary) at \(base), \(clients) clients, \(seconds) s per path")
    let worst = try measurePaths(base: base, wrk: wrk, scratch: scratch)
    let peak = peakMiB(server)
    print(String(format: "server peak RSS: %.1f MiB", peak))
    print(
      String(
        format: "targets: p99 ≤ 50 ms (worst %.1f ms: %@), peak RSS ≤ 60 MB (%@)", worst,
        worst <= 50 ? "ok" : "MISSED", peak * 1.048576 <= 60 ? "ok" : "MISSED"))
  }

  /// The `http://127.0.0.1:PORT` that `loa serve` wrote to its log (waits up to 15 s).
  static func address(announcedIn log: String) throws -> String {
    for _ in 0..<150 {
      usleep(100_000)
      let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
        return String(text[range])
      }
    }
    throw BenchmarkFailure("loa serve không khởi động được")
  }

  /// Runs wrk on every path (a one-client warm-up first) and prints a row each; returns the
  /// worst p99 latency in milliseconds.
  static func measurePaths(base: String, wrk: String, scratch: URL) throws -> Double {
    print("path                 requests/s      p50       p99")
    var worst = 0.0
    for path in paths {
      // One second of a single client first: the first request of a range plans it (cold).
      _ = try capture(wrk, ["-t1", "-c1", "-d1s", base + path], scratch: scratch)
      let output = try capture(
        wrk, ["-t2", "-c\(clients)", "-d\(seconds)s", "--latency", base + path], scratch: scratch)
      let p50 = latency(output, "50%")
      let p99 = latency(output, "99%")
      worst = max(worst, p99)
      let rate =
        output.split(separator: "\n").first { $0.hasPrefix("Requests/sec:") }
        .map { $0.split(separator: " ").last.map(String.init) ?? "?" } ?? "?"
      let errors = output.contains("Non-2xx") ? "  (non-2xx answers!)" : ""
      print(
        path.padding(toLength: 20, withPad: " ", startingAt: 0) + " "
          + rate.padding(toLength: 10, withPad: " ", startingAt: 0)
          + String(format: "%7.1f ms %7.1f ms", p50, p99) + errors)
    }
    return worst
  }

  /// A wrk latency percentile line (`50%  1.23ms`) in milliseconds.
  static func latency(_ output: String, _ label: String) -> Double {
    for line in output.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count == 2, fields[0] == label else { continue }
      let text = String(fields[1])
      for (unit, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(unit) {
        return (Double(text.dropLast(unit.count)) ?? .nan) * factor
      }
    }
    return .nan
  }

  /// `VmHWM` of a running process, MiB.
  static func peakMiB(_ pid: pid_t) -> Double {
    let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kib = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
      return (Double(kib ?? "") ?? .nan) / 1024
    }
    return .nan
  }

  static func spawn(_ executable: String, _ arguments: [String], output: String) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchmarkFailure("không chạy được \(executable) (\(spawned))") }
    return pid
  }

  static func capture(_ executable: String, _ arguments: [String], scratch: URL) throws -> String {
    let file = scratch.appendingPathComponent("wrk-\(UUID().uuidString).txt").path
    let pid = try spawn(executable, arguments, output: file)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
  }
}
