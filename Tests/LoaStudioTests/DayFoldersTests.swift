import BroadcastPlan
import Foundation
import Synchronization
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

  var generations: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folders.generationsRoot.path)) ?? [])
      .sorted()
  }

  @Test("commit replaces the day; carried-over files keep their content; recover drops the old")
  func commit() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let first = try folders.beginDay("2026-12-01")
    try Data("old".utf8).write(to: first.appendingPathComponent("0600-sang.wav"))
    try Data("old manifest".utf8).write(to: first.appendingPathComponent("manifest.json"))
    try folders.commitDay("2026-12-01", generation: first)
    #expect(read("2026-12-01/manifest.json") == "old manifest")
    let second = try folders.beginDay("2026-12-01")
    try folders.carryOver("0600-sang.wav", of: "2026-12-01", into: second)
    try Data("new".utf8).write(to: second.appendingPathComponent("1700-chieu.wav"))
    try folders.commitDay("2026-12-01", generation: second)
    #expect(read("2026-12-01/0600-sang.wav") == "old")
    #expect(read("2026-12-01/1700-chieu.wav") == "new")
    #expect(read("2026-12-01/manifest.json") == nil)
    try folders.recover()
    #expect(
      generations
        == [
          first.lastPathComponent, first.lastPathComponent + ".retired",
          second.lastPathComponent,
        ].sorted(), "a replaced generation is kept for readers a while")
    try Data("0".utf8).write(
      to: folders.generationsRoot.appendingPathComponent(first.lastPathComponent + ".retired"))
    try folders.recover()
    #expect(generations == [second.lastPathComponent])
    let link = try FileManager.default.destinationOfSymbolicLink(
      atPath: root.appendingPathComponent("2026-12-01").path)
    #expect(link == ".days/" + second.lastPathComponent)
  }

  @Test("a plain day folder of an earlier version is replaced by a link")
  func legacyFolder() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try write("old", "2026-12-01/0600-sang.wav")
    let generation = try folders.beginDay("2026-12-01")
    try folders.carryOver("0600-sang.wav", of: "2026-12-01", into: generation)
    try folders.commitDay("2026-12-01", generation: generation)
    #expect(read("2026-12-01/0600-sang.wav") == "old")
    #expect(generations.filter { !$0.hasSuffix(".retired") }.count == 2)
  }

  @Test("killed while building: recover deletes the unlinked generation, keeps the day")
  func recoverBuilding() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let first = try folders.beginDay("2026-12-01")
    try Data("kept".utf8).write(to: first.appendingPathComponent("0600-sang.wav"))
    try folders.commitDay("2026-12-01", generation: first)
    let half = try folders.beginDay("2026-12-01")
    try Data("half".utf8).write(to: half.appendingPathComponent("0600-sang.wav"))
    let orphan = try folders.beginDay("2026-12-02")
    try folders.recover()
    #expect(read("2026-12-01/0600-sang.wav") == "kept")
    #expect(generations == [first.lastPathComponent])
    #expect(!FileManager.default.fileExists(atPath: orphan.path))
  }

  @Test("the previous layout's interrupted swap is still put back")
  func recoverLegacy() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try write("old", ".trash/2026-12-01/0600-sang.wav")
    try write("half", ".staging/2026-12-01/0600-sang.wav")
    try folders.recover()
    #expect(read("2026-12-01/0600-sang.wav") == "old")
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".staging").path))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".trash").path))
  }

  @Test("a reader resolving the day during 200 swaps always finds a whole day")
  func readerNeverSeesAGap() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let output = OutputFolder(root)
    let folders = self.folders
    @Sendable func commit(_ index: Int) throws {
      let generation = try folders.beginDay("2026-12-01")
      try Data("audio \(index)".utf8).write(to: generation.appendingPathComponent("0600-sang.wav"))
      let manifest = Manifest(
        date: "2026-12-01", station: "Đài \(index)",
        programs: [
          Manifest.Program(
            slot: "sang", name: "Sáng", start: "06:00", startAt: nil, file: "0600-sang.wav",
            seconds: 1, sampleRate: 22050, loudnessLUFS: -16, truePeakDBTP: -1,
            sha256: "\(index)", fingerprint: "f", items: [])
        ])
      try Data(RenderJob.json(manifest).utf8).write(
        to: generation.appendingPathComponent("manifest.json"))
      try folders.commitDay("2026-12-01", generation: generation)
    }
    try commit(0)
    let day = CalendarDay(year: 2026, month: 12, day: 1)!
    let done = Mutex(false)
    let writer = Thread {
      for index in 1...200 { try? commit(index) }
      done.withLock { $0 = true }
    }
    writer.start()
    var reads = 0
    var failures = 0
    while !done.withLock({ $0 }) || reads < 50 {
      reads += 1
      guard let view = output.day(day), let url = view.url(ofFile: "0600-sang.wav"),
        let audio = try? String(contentsOf: url, encoding: .utf8),
        audio == "audio \(view.manifest.programs[0].sha256)"
      else {
        failures += 1
        continue
      }
    }
    #expect(failures == 0, "\(failures) of \(reads) reads saw a missing or mixed day")
    #expect(reads >= 50)
  }
}
