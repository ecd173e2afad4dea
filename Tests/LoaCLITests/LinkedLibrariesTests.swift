import Foundation
import Testing

/// What the `loa` executable maps at start: libshout (and the 28 libraries it brings) only
/// when a stream connects, never for the other commands (README, Performance: memory).
@Suite struct LinkedLibrariesTests {
  @Test("loa voices loads espeak-ng but not libshout; the dynamic loader's log shows both cases")
  func shoutIsNotLinked() throws {
    let folder = FileManager.default.temporaryDirectory
    let run = try LoaProcess.run(["voices"], in: folder, environment: ["LD_DEBUG": "libs"])
    #expect(run.status == 0, "\(run.stderr.suffix(500))")
    // glibc's loader logs every library it maps ("find library=… [0]; searching").
    let loaded = run.stderr.split(separator: "\n").filter { $0.contains("find library=") }
    #expect(loaded.contains { $0.contains("libespeak-ng.so") }, "\(loaded.prefix(5))")
    #expect(!loaded.contains { $0.contains("libshout.so") })
    #expect(!loaded.contains { $0.contains("libcrypto.so") })
  }
}
