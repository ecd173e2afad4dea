import BroadcastPlan
import Foundation
import LoaStudio

/// The spool folder `out/.air/queue/` through which `loa emergency` (and the page's "Phát ngay")
/// hands an announcement to the running `loa air`.
///
/// An item is complete when its `ID.json` exists: the audio is renamed into place first, the
/// description last, both under temporary names first. Anything else in the folder is garbage:
/// listed with a warning and ignored.
public struct EmergencyQueue: Sendable {
  /// How long a queued item stays valid.
  public static let lifetime: Double = 30 * 60
  /// The queue folder.
  public let folder: URL

  /// The queue of an output folder.
  public init(output: OutputFolder) {
    folder = output.queueURL
  }

  /// The audio file of an item.
  public func audioURL(_ id: String) -> URL { folder.appendingPathComponent("\(id).wav") }
  private func descriptionURL(_ id: String) -> URL {
    folder.appendingPathComponent("\(id).json")
  }

  /// A temporary name in the queue to render an item's audio into.
  public func temporaryAudioURL(_ id: String) -> URL {
    folder.appendingPathComponent(".tmp-\(id).wav")
  }

  /// Creates the folder if needed.
  public func prepare() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// Publishes an item whose audio was rendered to ``temporaryAudioURL(_:)``.
  public func publish(_ item: EmergencyItem) throws {
    let manager = FileManager.default
    try? manager.removeItem(at: audioURL(item.id))
    try manager.moveItem(at: temporaryAudioURL(item.id), to: audioURL(item.id))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let temporary = folder.appendingPathComponent(".tmp-\(item.id).json")
    try encoder.encode(item).write(to: temporary)
    try manager.moveItem(at: temporary, to: descriptionURL(item.id))
  }

  /// The complete items, oldest first, and warnings about anything else in the folder.
  public func pending() -> (items: [EmergencyItem], garbage: [String]) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var items: [EmergencyItem] = []
    var garbage: [String] = []
    for name in names.sorted() where !name.hasPrefix(".tmp-") {
      if name.hasSuffix(".wav"), names.contains(String(name.dropLast(4)) + ".json") { continue }
      guard name.hasSuffix(".json"),
        let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
        let item = try? JSONDecoder().decode(EmergencyItem.self, from: data),
        item.id + ".json" == name,
        FileManager.default.fileExists(atPath: audioURL(item.id).path)
      else {
        garbage.append(name)
        continue
      }
      items.append(item)
    }
    return (items.sorted { $0.createdAt < $1.createdAt }, garbage)
  }

  /// Whether a complete item may be waiting (a description file exists); cheap enough to ask
  /// for every block played.
  public var hasPending: Bool {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.contains { $0.hasSuffix(".json") && !$0.hasPrefix(".tmp-") }
  }

  /// Removes an item (after it aired, or expired).
  public func remove(_ id: String) {
    try? FileManager.default.removeItem(at: descriptionURL(id))
    try? FileManager.default.removeItem(at: audioURL(id))
  }

  /// Moves an unreadable file aside (`.bad-NAME`) so it is reported once.
  public func quarantine(_ name: String) {
    let source = folder.appendingPathComponent(name)
    try? FileManager.default.moveItem(
      at: source, to: folder.appendingPathComponent(".tmp-bad-\(name)"))
  }
}
