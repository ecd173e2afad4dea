import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process (`loa serve`, `chromedriver`) stopped when the test ends.
final class ChildServer: @unchecked Sendable {
  let process = Process()
  let output: URL

  /// Starts `executable arguments` in `folder`, its output going to a temporary file.
  init(_ executable: URL, _ arguments: [String], in folder: URL) throws {
    output = FileManager.default.temporaryDirectory
      .appendingPathComponent("loa-child-\(UUID().uuidString).log")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = handle
    process.standardError = handle
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "LOA_SCHEDULE")
    process.environment = environment
    try process.run()
  }

  /// What the child printed so far.
  var log: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

  /// Waits until `condition(log)` holds (or the timeout passes).
  func wait(seconds: Double, until condition: (String) -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition(log) { return true }
      if !process.isRunning { return condition(log) }
      try? await Task.sleep(nanoseconds: 100_000_000)
    }
    return condition(log)
  }

  func stop() {
    if process.isRunning {
      process.terminate()
      let deadline = Date().addingTimeInterval(5)
      while process.isRunning, Date() < deadline { usleep(50_000) }
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
    try? FileManager.default.removeItem(at: output)
  }

  /// A loopback TCP port nobody listens on right now.
  static func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
