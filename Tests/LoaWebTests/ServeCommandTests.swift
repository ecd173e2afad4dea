import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import LoaWeb

/// `loa serve` as the operator runs it: the built binary's refusals and `--hash-password`.
@Suite struct ServeCommandTests {
  static var binaryPresent: Bool {
    FileManager.default.isExecutableFile(atPath: BrowserTests.loaBinary.path)
  }

  /// Runs `loa arguments` to completion with `input` on stdin.
  static func run(_ arguments: [String], input: String = "") throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let scratch = try TemporaryScratch()
    defer { scratch.remove() }
    let process = Process()
    process.executableURL = BrowserTests.loaBinary
    process.arguments = arguments
    try Data(input.utf8).write(to: scratch.file("in"))
    _ = FileManager.default.createFile(atPath: scratch.file("out").path, contents: nil)
    _ = FileManager.default.createFile(atPath: scratch.file("err").path, contents: nil)
    process.standardInput = try FileHandle(forReadingFrom: scratch.file("in"))
    process.standardOutput = try FileHandle(forWritingTo: scratch.file("out"))
    process.standardError = try FileHandle(forWritingTo: scratch.file("err"))
    try process.run()
    process.waitUntilExit()
    return (
      process.terminationStatus,
      (try? String(contentsOf: scratch.file("out"), encoding: .utf8)) ?? "",
      (try? String(contentsOf: scratch.file("err"), encoding: .utf8)) ?? ""
    )
  }

  @Test(.enabled(if: binaryPresent, "build loa first (swift build)"))
  func publicHostWithoutPasswordIsRefused() throws {
    let run = try Self.run(["serve", "--host", "0.0.0.0", "--port", "0"])
    #expect(run.status != 0)
    #expect(
      run.stderr
        == "loa: địa chỉ '0.0.0.0' cho máy khác truy cập; cần --password-file (tạo bằng 'loa serve --hash-password').\n"
    )
  }

  @Test(.enabled(if: binaryPresent, "build loa first (swift build)"))
  func hashPasswordWritesAPasswordFileLine() throws {
    let run = try Self.run(["serve", "--hash-password", "--user", "dai"], input: "mật khẩu\n")
    #expect(run.status == 0)
    let file = try #require(PasswordFile(text: run.stdout))
    #expect(file.user == "dai")
    #expect(file.iterations == PasswordFile.defaultIterations)
    #expect(file.matches(user: "dai", password: "mật khẩu"))
    let bad = try Self.run(["serve", "--password-file", "/nonexistent/matkhau.txt"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("tệp mật khẩu '/nonexistent/matkhau.txt' không đọc được"))
  }
}

/// A scratch folder for one process run.
struct TemporaryScratch {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("loa-serve-\(UUID().uuidString)")
  init() throws {
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  func file(_ name: String) -> URL { url.appendingPathComponent(name) }
  func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The API against the `loa` binary itself, on the same rendered fixture and the same day.
@Suite struct CLIParityTests {
  @Test(.enabled(if: ServeCommandTests.binaryPresent, "build loa first (swift build)"))
  func apiEqualsTheCLIsOutput() async throws {
    let fixture = WebFixture.rendered
    let configuration = WebConfiguration(
      schedulePath: fixture.schedule, outputDirectory: fixture.out, formKey: WebFixture.formKey)
    let app = try buildApplication(configuration)
    let common = ["--schedule", fixture.schedule, "--out", fixture.out.path]
    let plan = try ServeCommandTests.run(
      ["plan", "--from", "2026-11-30", "--days", "7", "--format", "json"] + common)
    let report = try ServeCommandTests.run(
      ["report", "--from", "2026-11-30", "--to", "2026-12-02", "--format", "json"] + common)
    #expect(plan.status == 0 && report.status == 0)
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/plan?from=2026-11-30&days=7", method: .get) { response in
        #expect(response.text == plan.stdout)
      }
      try await client.execute(uri: "/api/report?from=2026-11-30&to=2026-12-02", method: .get) {
        response in
        #expect(response.text == report.stdout)
      }
    }
  }
}
