import Foundation
import LoaStudio

@testable import LoaWeb

/// Writes airing rows into an output folder's database through LoaStudio's own `AiringLog`
/// (the table `loa air` writes).
enum AiringsTable {
  static func create(at url: URL, rows: [AiringRow]) throws {
    let log = try AiringLog(output: OutputFolder(url.deletingLastPathComponent()))
    for row in rows {
      _ = try log.insert(
        LoaStudio.Airing(
          date: row.date, slot: row.slot,
          kind: LoaStudio.Airing.Kind(rawValue: row.kind) ?? .program, file: row.file,
          sha256: row.sha256 ?? "", scheduledAt: row.scheduledAt ?? "",
          startedAt: row.startedAt, endedAt: row.endedAt, playedSeconds: row.playedSeconds ?? 0,
          status: LoaStudio.Airing.Status(rawValue: row.status) ?? .failed,
          output: row.output ?? "", note: row.note ?? ""))
    }
  }
}
