import Foundation
import Testing

@testable import LoaStudio

@Suite("Day folders swap atomically")
struct DayFoldersTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("loa-days-\(UUID())")
  var folders: DayFolders { DayFolders(root: root) }

  func write(_ text: String, _ path: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func read(_ path: String) -> String? {
    (try? Data(contentsOf: root.appendingPathComponent(path))).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  @Test("commit replaces the day; carried-over files keep their content")
  func commit() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try write("old", "2026-12-01/0600-sang.wav")
    try write("old manifest", "2026-12-01/manifest.json")
    let staging = try folders.beginDay("2026-12-01")
    try folders.carryOver("0600-sang.wav", of: "2026-12-01")
    try Data("new".utf8).write(to: staging.appendingPathComponent("1700-chieu.wav"))
    try folders.commitDay("2026-12-01")
    #expect(read("2026-12-01/0600-sang.wav") == "old")
    #expect(read("2026-12-01/1700-chieu.wav") == "new")
    #expect(read("2026-12-01/manifest.json") == nil)
    #expect(
      !FileManager.default.fileExists(atPath: root.appendingPathComponent(".trash/2026-12-01").path)
    )
  }

  @Test("killed between the two renames: recover puts the old day back")
  func recoverRestores() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try write("old", ".trash/2026-12-01/0600-sang.wav")
    try write("half", ".staging/2026-12-01/0600-sang.wav")
    try folders.recover()
    #expect(read("2026-12-01/0600-sang.wav") == "old")
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".staging").path))
  }

  @Test("killed after the swap: recover deletes the trash and keeps the new day")
  func recoverFinishes() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try write("old", ".trash/2026-12-01/0600-sang.wav")
    try write("new", "2026-12-01/0600-sang.wav")
    try folders.recover()
    #expect(read("2026-12-01/0600-sang.wav") == "new")
    #expect(
      !FileManager.default.fileExists(atPath: root.appendingPathComponent(".trash/2026-12-01").path)
    )
  }
}
