import BroadcastPlan
import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

@testable import LoaStudio

/// Workers that keep failing: the run stops with one Vietnamese line naming the script, and
/// writes nothing partial.
@Suite("synthesis workers that keep failing")
struct SynthesisFailureTests {
  /// A "worker" that exits at once: every request fails, its replacement fails too.
  static func brokenPool() -> SynthesisPool {
    SynthesisPool(executable: URL(fileURLWithPath: "/bin/true"), arguments: [], jobs: 2)
  }

  @Test("render: the error names a script; no day folder, no cache entry")
  func render() throws {
    let folder = try StudioTests.copyFixture()
    defer { folder.remove() }
    let studio = StudioTests.studio(folder)
    let workspace = try studio.load(today: StudioTests.day)
    let pool = Self.brokenPool()
    defer { pool.shutdown() }
    do {
      _ = try studio.render(
        workspace, from: StudioTests.day, through: StudioTests.day, now: StudioTests.now,
        pool: pool)
      Issue.record("render should have failed")
    } catch let error as StudioError {
      guard case .synthesisFailed(let script, let reason) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(!script.isEmpty)
      #expect(reason.contains("hai lần"))
      #expect(error.description.hasPrefix("không tổng hợp được giọng đọc cho '\(script)'"))
      #expect(!error.description.contains("\n"))
    }
    let out = folder.file("out")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2026-12-01").path))
    let cached =
      (FileManager.default.enumerator(atPath: out.appendingPathComponent(".cache").path)?
      .allObjects as? [String] ?? []).filter { $0.hasSuffix(".wav") }
    #expect(cached.isEmpty, "\(cached)")
    #expect(pool.replacedWorkers >= 1)
  }

  @Test("say: the error names the text's source; no output file")
  func say() throws {
    let folder = try TemporaryFolder("loa-say-broken")
    defer { folder.remove() }
    let pool = Self.brokenPool()
    defer { pool.shutdown() }
    let output = folder.file("say.wav")
    #expect(throws: StudioError.self) {
      _ = try Speaker(renderer: AudioRenderer(pool: pool)).say(
        SpeechRequest(
          input: .text("Xin chào bà con. Câu thứ hai."), output: output, day: StudioTests.day))
    }
    #expect(!FileManager.default.fileExists(atPath: output.path))
    #expect(folder.contents().isEmpty, "\(folder.contents())")
  }
}
