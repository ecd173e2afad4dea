import BroadcastPlan
import Foundation
import LoaStudio
import LoaTestSupport
import Testing

@testable import LoaAir

@Suite("Emergency queue")
struct EmergencyQueueTests {
  static let now = StationInstant.parse("2026-12-09T09:00:00+07:00")!

  static func item(_ id: String, minutesAgo: Double = 0) -> EmergencyItem {
    let created = now.adding(seconds: -minutesAgo * 60)
    return EmergencyItem(
      id: id, title: "Bão", createdAt: created.description,
      expiresAt: created.adding(seconds: EmergencyQueue.lifetime).description, seconds: 3,
      sha256: "x")
  }

  @Test("complete items are listed oldest first; garbage is reported, half-written ones hidden")
  func pending() throws {
    let folder = try TemporaryFolder("loa-queue")
    defer { folder.remove() }
    let queue = EmergencyQueue(output: OutputFolder(folder.url))
    try queue.prepare()
    for (id, ago) in [("b", 1.0), ("a", 5.0)] {
      try Data("wav".utf8).write(to: queue.temporaryAudioURL(id))
      try queue.publish(Self.item(id, minutesAgo: ago))
    }
    try Data("{not json".utf8).write(to: queue.folder.appendingPathComponent("rac.json"))
    try Data("x".utf8).write(to: queue.folder.appendingPathComponent("lac.txt"))
    try Data("half".utf8).write(to: queue.temporaryAudioURL("c"))
    let (items, garbage) = queue.pending()
    #expect(items.map(\.id) == ["a", "b"])
    #expect(garbage.sorted() == ["lac.txt", "rac.json"])
    #expect(queue.hasPending)
    queue.remove("a")
    queue.remove("b")
    #expect(queue.pending().items.isEmpty)
  }

  @Test("an item older than 30 minutes is no longer valid")
  func expiry() {
    #expect(Self.item("a", minutesAgo: 29).isValid(at: Self.now))
    #expect(!Self.item("a", minutesAgo: 31).isValid(at: Self.now))
  }
}
