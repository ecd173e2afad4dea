import Foundation
import GRDB

/// The as-run log, `out/loa.sqlite`: what was produced for which date and slot.
///
/// Each day's rows are replaced in one transaction, so re-rendering a day never duplicates rows,
/// and a run killed midway leaves the previous rows intact.
struct AsRunLog {
  private let queue: DatabaseQueue

  /// Opens (creating and migrating if needed) the log at `url`.
  init(url: URL) throws {
    do {
      queue = try DatabaseQueue(path: url.path)
      try Self.migrator.migrate(queue)
    } catch {
      throw StudioError.logUnavailable(path: url.path, reason: "\(error)")
    }
  }

  private static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: programs and items") { db in
      try db.execute(
        sql: """
          CREATE TABLE program (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL, slot TEXT NOT NULL, slot_name TEXT NOT NULL,
            start TEXT NOT NULL, file TEXT NOT NULL, seconds REAL NOT NULL,
            sha256 TEXT NOT NULL, produced_at TEXT NOT NULL,
            UNIQUE (date, slot));
          CREATE TABLE item (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
            script TEXT, campaign TEXT, campaign_title TEXT, priority TEXT NOT NULL,
            start TEXT NOT NULL, offset_seconds REAL NOT NULL, seconds REAL NOT NULL,
            date TEXT NOT NULL, slot TEXT NOT NULL, file TEXT NOT NULL,
            sha256 TEXT NOT NULL, produced_at TEXT NOT NULL);
          CREATE INDEX item_program ON item(program_id);
          CREATE INDEX program_date ON program(date);
          """)
    }
    return migrator
  }

  /// Replaces every row of `date` with `programs`, in one transaction.
  func replaceDay(_ date: String, with programs: [AsRunProgram]) throws {
    do {
      try queue.write { db in
        try db.execute(sql: "DELETE FROM program WHERE date = ?", arguments: [date])
        for program in programs {
          try insert(program, into: db)
        }
      }
    } catch {
      throw StudioError.logUnavailable(path: queue.path, reason: "\(error)")
    }
  }

  private func insert(_ program: AsRunProgram, into db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO program (date, slot, slot_name, start, file, seconds, sha256, produced_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        program.date, program.slot, program.slotName, program.start, program.file,
        program.seconds, program.sha256, program.producedAt,
      ])
    let programID = db.lastInsertedRowID
    for (position, item) in program.items.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO item (program_id, position, kind, title, script, campaign, campaign_title,
            priority, start, offset_seconds, seconds, date, slot, file, sha256, produced_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          programID, position, item.kind, item.title, item.script, item.campaign,
          item.campaignTitle, item.priority, item.start, item.offsetSeconds, item.seconds,
          program.date, program.slot, program.file, program.sha256, program.producedAt,
        ])
    }
  }

  /// Every program dated within `from...through` (`YYYY-MM-DD`), in date and start order.
  func programs(from: String, through: String) throws -> [AsRunProgram] {
    do {
      return try queue.read { db in
        let programRows = try Row.fetchAll(
          db,
          sql: "SELECT * FROM program WHERE date BETWEEN ? AND ? ORDER BY date, start, slot",
          arguments: [from, through])
        return try programRows.map { row in
          let itemRows = try Row.fetchAll(
            db, sql: "SELECT * FROM item WHERE program_id = ? ORDER BY position",
            arguments: [row["id"] as Int64])
          return AsRunProgram(
            date: row["date"], slot: row["slot"], slotName: row["slot_name"],
            start: row["start"], file: row["file"], seconds: row["seconds"],
            sha256: row["sha256"], producedAt: row["produced_at"],
            items: itemRows.map(Self.item(from:)))
        }
      }
    } catch {
      throw StudioError.logUnavailable(path: queue.path, reason: "\(error)")
    }
  }

  private static func item(from row: Row) -> AsRunItem {
    AsRunItem(
      kind: row["kind"], title: row["title"], script: row["script"], campaign: row["campaign"],
      campaignTitle: row["campaign_title"], priority: row["priority"], start: row["start"],
      offsetSeconds: row["offset_seconds"], seconds: row["seconds"])
  }
}
