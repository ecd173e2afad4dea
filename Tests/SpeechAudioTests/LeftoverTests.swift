import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// Clean-up of what a killed render leaves behind.
@Suite struct LeftoverTests {
  @Test("removeLeftovers deletes temporary files of dead processes only")
  func leftovers() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let dead: Int32 = 999_999_999 & 0x3FFF_FFFF  // beyond pid_max on Linux
    let alive = getpid()
    let names = [
      ".0600-sang.wav.loa-tmp-\(dead)-12345", ".0600-sang.wav.loa-scratch-\(dead)-7",
      ".1700-chieu.wav.loa-tmp-\(alive)-99", "0600-sang.wav", ".hidden", "x.loa-tmp-1-2",
    ]
    for name in names { try Data([1]).write(to: folder.file(name)) }
    let removed = try AudioFile.removeLeftovers(in: folder.url).map(\.lastPathComponent)
    #expect(
      removed == [".0600-sang.wav.loa-scratch-\(dead)-7", ".0600-sang.wav.loa-tmp-\(dead)-12345"])
    #expect(
      folder.contents() == [
        ".1700-chieu.wav.loa-tmp-\(alive)-99", ".hidden", "0600-sang.wav", "x.loa-tmp-1-2",
      ])
  }
}
