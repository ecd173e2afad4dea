import Foundation
import GRDB

/// Where `loa serve` reads the airings log from.
///
/// A stand-in until `LoaStudio`/`LoaAir` publish their own reader of the `airing` table; the
/// web page only needs the rows of a day range.
public protocol AiringSource: Sendable {
  /// The airings dated `from...through` (`YYYY-MM-DD`), oldest first.
  func airings(from: String, through: String) throws -> [AiringRow]
}

/// Reads the `airing` table of `out/loa.sqlite` read-only; no file or no table means no airings.
public struct SQLiteAiringSource: AiringSource {
  /// The database file.
  public let url: URL

  /// Creates a reader of `url`.
  public init(url: URL) { self.url = url }

  /// The rows of `from...through`; none when the file or the table does not exist yet.
  public func airings(from: String, through: String) throws -> [AiringRow] {
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(2)
    let queue = try DatabaseQueue(path: url.path, configuration: configuration)
    return try queue.read { db -> [AiringRow] in
      guard try db.tableExists("airing") else { return [] }
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT date, slot, kind, file, sha256, scheduled_at, started_at, ended_at,
                 played_seconds, status, output, note
          FROM airing WHERE date >= ? AND date <= ?
          ORDER BY id
          """, arguments: [from, through])
      return rows.map { row in
        AiringRow(
          date: row["date"] ?? "", slot: row["slot"] ?? "", kind: row["kind"] ?? "program",
          file: row["file"] ?? "", sha256: row["sha256"], scheduledAt: row["scheduled_at"],
          startedAt: row["started_at"], endedAt: row["ended_at"],
          playedSeconds: row["played_seconds"], status: row["status"] ?? "",
          output: row["output"], note: row["note"])
      }
    }
  }
}
