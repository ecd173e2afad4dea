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
}
