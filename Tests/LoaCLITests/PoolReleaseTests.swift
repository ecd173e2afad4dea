import Foundation
import SpeechAudio
import Testing

/// `SynthesisPool.releaseWorkers()`: the workers end, the pool stays usable, and speech
/// synthesised by the next workers is the same.
@Suite("synthesis pool release")
struct PoolReleaseTests {
  @Test("release ends the workers; the next request starts new ones with the same samples")
  func releaseAndRestart() throws {
    let pool = SynthesisPool(executable: LoaProcess.binary, jobs: 2)
    defer { pool.shutdown() }
    let request = SynthesisRequest(
      texts: ["Xin chào bà con.", "Hôm nay trời đẹp."], settings: VoiceSettings(),
      sampleRate: 22_050)
    let first = try pool.synthesize(request)
    let before = pool.workerProcessIDs
    #expect(!before.isEmpty)
    pool.releaseWorkers()
    #expect(pool.workerProcessIDs.isEmpty)
    for pid in before { #expect(kill(pid, 0) != 0, "worker \(pid) still running") }
    let second = try pool.synthesize(request)
    #expect(second.count == 2 && !second[0].isEmpty)
    #expect(second == first)
    #expect(Set(pool.workerProcessIDs).isDisjoint(with: before))
    pool.shutdown()
    #expect(pool.workerProcessIDs.isEmpty)
  }

  @Test("startWorkers starts every worker before any request; their speech is the same")
  func startBeforeRequests() throws {
    let reference = SynthesisPool(executable: LoaProcess.binary, jobs: 1)
    defer { reference.shutdown() }
    let pool = SynthesisPool(executable: LoaProcess.binary, jobs: 2)
    defer { pool.shutdown() }
    #expect(pool.workerProcessIDs.isEmpty)
    pool.startWorkers()
    // The lanes start their workers on their own threads: wait for both (at most 10 s).
    let deadline = Date().addingTimeInterval(10)
    while pool.workerProcessIDs.count < 2, Date() < deadline { usleep(10_000) }
    let started = pool.workerProcessIDs
    #expect(started.count == 2)
    for pid in started { #expect(kill(pid, 0) == 0, "worker \(pid) not running") }
    pool.startWorkers()  // a second call starts nothing more
    let request = SynthesisRequest(
      texts: ["Xin chào bà con."], settings: VoiceSettings(), sampleRate: 22_050)
    let samples = try pool.synthesize(request)
    #expect(Set(pool.workerProcessIDs) == Set(started))
    #expect(samples == (try reference.synthesize(request)))
  }
}
