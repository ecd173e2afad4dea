import Foundation
import LoaTestSupport
import Testing

/// `--jobs N`: synthesis in worker processes gives the same bytes as in process, survives a
/// worker that dies or hangs, and leaves no worker behind when the parent is killed.
@Suite("parallel synthesis (--jobs)", .serialized)
struct ParallelSynthesisTests {
  static let environment = ["LOA_NOW": "2026-11-29T20:00:00+07:00"]

  static func renderArguments(_ fixture: RenderFixture, jobs: Int) -> [String] {
    [
      "render", "--schedule", fixture.schedule, "--date", "2026-11-30", "--days", "3", "--out",
      "out", "--jobs", "\(jobs)",
    ]
  }

  /// Every day's files (audio, playlist, manifest) and every cache entry, by path.
  static func files(_ fixture: RenderFixture) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let manager = FileManager.default
    for date in RenderCommandTests.dates {
      let day = fixture.out.appendingPathComponent(date)
      for name in (try? manager.contentsOfDirectory(atPath: day.path)) ?? [] {
        result["\(date)/\(name)"] = try Data(contentsOf: day.appendingPathComponent(name))
      }
    }
    let cache = fixture.out.appendingPathComponent(".cache")
    for path in RenderKillTests.allFiles(under: cache) where path.hasSuffix(".wav") {
      result[".cache/\(path)"] = try Data(contentsOf: cache.appendingPathComponent(path))
    }
    return result
  }

  /// A reference render with `--jobs 1`, rendered once for the suite.
  static func reference() throws -> (RenderFixture, [String: Data]) {
    let fixture = try RenderFixture()
    let run = try LoaProcess.run(
      renderArguments(fixture, jobs: 1), in: fixture.root, environment: environment)
    #expect(run.status == 0, "\(run.stderr)")
    return (fixture, try files(fixture))
  }

  static func expectSame(_ actual: [String: Data], _ expected: [String: Data]) {
    #expect(actual.keys.sorted() == expected.keys.sorted())
    #expect(expected.keys.contains { $0.hasSuffix("manifest.json") })
    #expect(expected.keys.contains { $0.hasPrefix(".cache/") })
    for (path, data) in expected {
      #expect(actual[path] == data, "\(path) differs")
    }
  }

  @Test("render: --jobs 1 and --jobs 2 write the same bytes (audio, playlists, manifests, cache)")
  func renderIdentical() throws {
    let (reference, expected) = try Self.reference()
    defer { reference.folder.remove() }
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let run = try LoaProcess.run(
      Self.renderArguments(fixture, jobs: 2), in: fixture.root, environment: Self.environment)
    #expect(run.status == 0, "\(run.stderr)")
    Self.expectSame(try Self.files(fixture), expected)
  }

  @Test("say: a long text with --jobs 1, 2 and 3 gives the same file")
  func sayIdentical() throws {
    let folder = try TemporaryFolder("loa-say-jobs")
    defer { folder.remove() }
    let text = (1...12).map { "Đây là câu thứ \($0) của bản tin thử nghiệm, đọc song song." }
      .joined(separator: " ")
    var outputs: [Data] = []
    for jobs in [1, 2, 3] {
      let run = try LoaProcess.run(
        ["say", "--jobs", "\(jobs)", "-o", "say-\(jobs).wav", text], in: folder.url,
        environment: Self.environment)
      #expect(run.status == 0, "\(run.stderr)")
      outputs.append(try Data(contentsOf: folder.file("say-\(jobs).wav")))
    }
    #expect(outputs[0].count > 100_000)
    #expect(outputs[1] == outputs[0])
    #expect(outputs[2] == outputs[0])
  }

  @Test("a worker killed mid-request is replaced, and the render completes with the same bytes")
  func workerKilled() throws {
    let (reference, expected) = try Self.reference()
    defer { reference.folder.remove() }
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let process = try Self.start(Self.renderArguments(fixture, jobs: 2), in: fixture.root)
    let workers = WorkerProcesses.wait(for: 1, of: process.processIdentifier, seconds: 20)
    #expect(!workers.isEmpty, "no worker started")
    if let victim = workers.first { kill(victim, SIGKILL) }
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    Self.expectSame(try Self.files(fixture), expected)
  }

  @Test("a hung worker (stopped) is killed after its timeout and replaced")
  func workerHung() throws {
    let folder = try TemporaryFolder("loa-say-hang")
    defer { folder.remove() }
    let text = (1...6).map { "Câu số \($0) của thông báo." }.joined(separator: " ")
    let process = try Self.start(["say", "--jobs", "2", "-o", "hang.wav", text], in: folder.url)
    let workers = WorkerProcesses.wait(for: 1, of: process.processIdentifier, seconds: 20)
    #expect(!workers.isEmpty, "no worker started")
    if let victim = workers.first { kill(victim, SIGSTOP) }
    let started = Date()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(Date().timeIntervalSince(started) < 40)
    #expect(try AudioProbe(folder.file("hang.wav")).seconds > 5)
    if let victim = workers.first { kill(victim, SIGKILL) }
  }

  @Test("SIGKILL of the parent leaves no worker running and no partial file")
  func parentKilled() throws {
    let fixture = try RenderFixture()
    defer { fixture.folder.remove() }
    let process = try Self.start(Self.renderArguments(fixture, jobs: 2), in: fixture.root)
    let parent = process.processIdentifier
    let workers = WorkerProcesses.wait(for: 2, of: parent, seconds: 20)
    #expect(workers.count == 2, "workers: \(workers)")
    usleep(300_000)
    kill(parent, SIGKILL)
    process.waitUntilExit()
    let deadline = Date().addingTimeInterval(5)
    func left() -> [Int32] { WorkerProcesses.of(parent: parent, includingChildren: true) }
    while !left().isEmpty && Date() < deadline { usleep(10_000) }
    #expect(left().isEmpty, "orphans: \(left())")
    try RenderKillTests.checkConsistent(fixture)
    for path in RenderKillTests.allFiles(under: fixture.out)
    where path.hasPrefix(".cache/") && path.hasSuffix(".wav") && !path.contains(".loa-") {
      #expect(try AudioProbe(fixture.out.appendingPathComponent(path)).seconds > 0.5, "\(path)")
    }
  }

  /// Starts `loa arguments` in `folder` without waiting, output discarded.
  static func start(_ arguments: [String], in folder: URL) throws -> Process {
    let process = Process()
    process.executableURL = LoaProcess.binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}
