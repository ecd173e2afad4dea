import Foundation

/// Runs the built `loa` executable and captures what it prints, for end-to-end CLI tests.
///
/// The binary is found beside the package's build products (`.build/debug/loa`, which
/// `swift test` builds because the test target depends on `loa`); `LOA_BINARY` overrides it.
///
/// ```swift
/// let run = try LoaProcess.run(["say", "-o", path, "Xin chào."], in: folder.url)
/// #expect(run.status == 0)
/// ```
struct LoaProcess {
  /// Exit status.
  let status: Int32
  /// Everything written to standard output.
  let stdout: String
  /// Everything written to standard error.
  let stderr: String

  /// The `loa` executable.
  static var binary: URL {
    if let explicit = ProcessInfo.processInfo.environment["LOA_BINARY"] {
      return URL(fileURLWithPath: explicit)
    }
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let candidates = [
      root.appendingPathComponent(".build/debug/loa"),
      root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/debug/loa"),
      root.appendingPathComponent(".build/aarch64-unknown-linux-gnu/debug/loa"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[0]
  }

  /// Runs `loa arguments` in `folder`, feeding `input` on stdin, with extra environment.
  ///
  /// `LOA_SCHEDULE` is removed unless `environment` sets it, so the machine's own setting
  /// never leaks into a test. Output goes to temporary files, not pipes: nothing can block on
  /// a full pipe, and reads are not interrupted while other tests run processes in parallel.
  static func run(
    _ arguments: [String], in folder: URL, input: Data = Data(),
    environment: [String: String] = [:]
  ) throws -> LoaProcess {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("loa-process-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inURL = scratch.appendingPathComponent("stdin")
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    try input.write(to: inURL)
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var merged = ProcessInfo.processInfo.environment
    merged.removeValue(forKey: "LOA_SCHEDULE")
    process.environment = merged.merging(environment) { $1 }
    let (inHandle, outHandle, errHandle) = (
      try FileHandle(forReadingFrom: inURL), try FileHandle(forWritingTo: outURL),
      try FileHandle(forWritingTo: errURL)
    )
    process.standardInput = inHandle
    process.standardOutput = outHandle
    process.standardError = errHandle
    try process.run()
    process.waitUntilExit()
    for handle in [inHandle, outHandle, errHandle] { try handle.close() }
    return LoaProcess(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// Starts `loa arguments` in `folder` and kills it (SIGKILL) after `delay` seconds, or when it
  /// ends if sooner; returns whether the kill happened before it finished.
  static func runAndKill(_ arguments: [String], in folder: URL, after delay: Double) throws -> Bool
  {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(delay)
    while process.isRunning && Date() < deadline { usleep(2_000) }
    let killed = process.isRunning
    if killed { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    return killed
  }

  /// Whether stderr looks like a crash (backtrace, fatal error, signal) rather than a message.
  var crashed: Bool {
    let markers = ["Fatal error", "Backtrace", "Stack dump", "Current stack trace", "💣"]
    return markers.contains { stderr.contains($0) } || status > 128 || status < 0
  }
}
