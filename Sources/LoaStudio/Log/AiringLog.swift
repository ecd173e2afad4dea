import Foundation
import GRDB

/// The `airing` table of `out/loa.sqlite`: every write is its own durable transaction (WAL,
/// `synchronous = FULL`), so a crash or power cut loses at most the seconds since the last
/// progress update of the one airing on air.
public struct AiringLog: Sendable {
  private let log: AsRunLog

  /// Opens (creating and migrating if needed) the database of `output`.
  public init(output: OutputFolder) throws {
    log = try AsRunLog(url: output.databaseURL)
  }

  /// Opens the database only if it exists (readers: `loa status`, the page); `nil` otherwise.
  public static func openIfPresent(output: OutputFolder) throws -> AiringLog? {
    guard FileManager.default.fileExists(atPath: output.databaseURL.path) else { return nil }
    return try AiringLog(output: output)
  }

  /// Writes a new airing and returns it with its id.
  public func insert(_ airing: Airing) throws -> Airing {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO airing (date, slot, kind, file, sha256, scheduled_at, started_at, ended_at,
            played_seconds, status, output, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          airing.date, airing.slot, airing.kind.rawValue, airing.file, airing.sha256,
          airing.scheduledAt, airing.startedAt, airing.endedAt, airing.playedSeconds,
          airing.status.rawValue, airing.output, airing.note,
        ])
      var written = airing
      written.id = db.lastInsertedRowID
      return written
    }
  }

  /// Records how many seconds of an airing on air have gone out so far (its proof after a crash).
  public func progress(id: Int64, playedSeconds: Double) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE airing SET played_seconds = ? WHERE id = ? AND status = 'on_air'",
        arguments: [playedSeconds, id])
    }
  }

  /// Closes an airing: its end, the seconds played, its final status and note.
  public func finish(
    id: Int64, endedAt: String, playedSeconds: Double, status: Airing.Status, note: String? = nil
  ) throws {
    try write { db in
      try db.execute(
        sql: """
          UPDATE airing SET ended_at = ?, played_seconds = ?, status = ?,
            note = COALESCE(?, note) WHERE id = ?
          """,
        arguments: [endedAt, playedSeconds, status.rawValue, note, id])
    }
  }

  /// Closes every airing a crash left `on_air` as `interrupted`, keeping the seconds its last
  /// progress update proved; returns them.
  @discardableResult
  public func closeStale(at instant: String) throws -> [Airing] {
    try write { db in
      let stale = try Row.fetchAll(db, sql: "SELECT * FROM airing WHERE status = 'on_air'")
        .map(Self.airing(from:))
      try db.execute(
        sql: """
          UPDATE airing SET status = 'interrupted', ended_at = COALESCE(ended_at, ?),
            note = CASE WHEN note = '' THEN 'dừng đột ngột (máy tắt hoặc tiến trình bị dừng)'
              ELSE note || '; dừng đột ngột' END
          WHERE status = 'on_air'
          """, arguments: [instant])
      return stale
    }
  }

  /// The airings dated within `from...through` (`YYYY-MM-DD`), oldest first.
  public func airings(from: String, through: String) throws -> [Airing] {
    try log.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM airing WHERE date BETWEEN ? AND ? ORDER BY id",
        arguments: [from, through]
      ).map(Self.airing(from:))
    }
  }

  /// The `count` most recent airings, newest first.
  public func latest(_ count: Int) throws -> [Airing] {
    try log.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM airing ORDER BY id DESC LIMIT ?", arguments: [count]
      ).map(Self.airing(from:))
    }
  }

  /// The airing on air now, if any.
  public func onAir() throws -> Airing? {
    try log.read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM airing WHERE status = 'on_air' ORDER BY id DESC LIMIT 1"
      ).map(Self.airing(from:))
    }
  }

  private func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try log.pool.write(body)
    } catch {
      throw StudioError.logUnavailable(path: log.path, reason: "\(error)")
    }
  }

  private static func airing(from row: Row) -> Airing {
    Airing(
      id: row["id"], date: row["date"], slot: row["slot"],
      kind: Airing.Kind(rawValue: row["kind"]) ?? .program, file: row["file"],
      sha256: row["sha256"], scheduledAt: row["scheduled_at"], startedAt: row["started_at"],
      endedAt: row["ended_at"], playedSeconds: row["played_seconds"],
      status: Airing.Status(rawValue: row["status"]) ?? .failed, output: row["output"],
      note: row["note"])
  }
}
