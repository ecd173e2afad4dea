import Foundation
import GRDB

@testable import LoaWeb

/// Writes an `airings` table the way `loa air` will (columns of the design), for tests.
enum AiringsTable {
  static func create(at url: URL, rows: [Airing]) throws {
    let queue = try DatabaseQueue(path: url.path)
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS airings (
            date TEXT NOT NULL, slot TEXT NOT NULL, kind TEXT NOT NULL, file TEXT NOT NULL,
            sha256 TEXT, scheduled_at TEXT, started_at TEXT, ended_at TEXT,
            played_seconds REAL, status TEXT NOT NULL, output TEXT, note TEXT)
          """)
      for row in rows {
        try db.execute(
          sql: "INSERT INTO airings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          arguments: [
            row.date, row.slot, row.kind, row.file, row.sha256, row.scheduledAt, row.startedAt,
            row.endedAt, row.playedSeconds, row.status, row.output, row.note,
          ])
      }
    }
  }
}
