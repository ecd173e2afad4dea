import Foundation
import LoaTestSupport
import Testing

/// `loa synth-worker`: the pool's exact spelling is served before ArgumentParser runs; any
/// other spelling still goes through the parser and its Vietnamese errors.
@Suite("synthesis worker start")
struct WorkerStartTests {
  @Test("the pool's spelling with another process as parent ends at once with status 3")
  func poolSpellingChecksTheParent() throws {
    let folder = try TemporaryFolder("loa-worker-start")
    defer { folder.remove() }
    // pid 1 is not this test's loa process's parent: the worker refuses to serve.
    let run = try LoaProcess.run(["synth-worker", "--parent", "1"], in: folder.url)
    #expect(run.status == 3)
    #expect(run.stdout.isEmpty)
  }

  @Test(
    "other spellings go through the parser",
    arguments: [["synth-worker", "--parent", "abc"], ["synth-worker", "--parent", "1", "--x"]])
  func otherSpellingsAreParsed(arguments: [String]) throws {
    let folder = try TemporaryFolder("loa-worker-start")
    defer { folder.remove() }
    let run = try LoaProcess.run(arguments, in: folder.url)
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("loa: "), "\(run.stderr)")
    #expect(!run.stderr.contains("Error:"))
  }
}
