import Foundation
import GRDB

/// The station's database, `out/loa.sqlite`: what was produced for which date and slot, and (see
/// ``AiringLog``) what really went on air.
///
/// Render, the player and the web page open it at the same time, from several processes: it is a
/// GRDB `DatabasePool` in WAL mode (readers never block the writer), with a busy timeout so a
/// writer waits for another instead of failing at once, and `synchronous = FULL` so a committed
/// row survives a power cut. Production rows are versioned: a re-rendered day supersedes its old
/// rows instead of deleting them, so what was produced (and aired) on a past day stays on record.
struct AsRunLog {
  let pool: DatabasePool
  /// The database file.
  let path: String

  /// How long a writer waits for another before giving up.
  static let defaultBusyTimeout: TimeInterval = 30

  /// Opens (creating and migrating if needed) the database at `url`.
  init(url: URL, busyTimeout: TimeInterval = AsRunLog.defaultBusyTimeout) throws {
    path = url.path
    do {
      var configuration = Configuration()
      configuration.busyMode = .timeout(busyTimeout)
      configuration.prepareDatabase { db in
        try db.execute(sql: "PRAGMA synchronous = FULL")
      }
      pool = try DatabasePool(path: url.path, configuration: configuration)
      try StationSchema.migrator.migrate(pool)
    } catch {
      throw StudioError.logUnavailable(path: url.path, reason: "\(error)")
    }
  }

  /// Replaces the current rows of `date` with `programs` and runs `commit` (the day folder's
  /// swap) inside the same write transaction, so the folder and the log never get out of step:
  /// if the database is busy past the timeout, or `commit` fails, nothing changes.
  func replaceDay(
    _ date: String, with programs: [AsRunProgram], generation: String, at instant: String,
    commit: () throws -> Void = {}
  ) throws {
    var commitError: Error?
    do {
      try pool.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          try db.execute(
            sql: "UPDATE program SET superseded_at = ? WHERE date = ? AND superseded_at IS NULL",
            arguments: [instant, date])
          for program in programs {
            try insert(program, generation: generation, into: db)
          }
          do {
            try commit()
          } catch {
            commitError = error
            return .rollback
          }
          return .commit
        }
      }
    } catch {
      throw StudioError.logUnavailable(path: path, reason: "\(error)")
    }
    if let commitError { throw commitError }
  }

  /// Writes `programs` as the day's rows unless the current rows already say the same (same
  /// slots, files and checksums): an unchanged re-render adds no version.
  func ensureDay(_ date: String, with programs: [AsRunProgram], generation: String, at: String)
    throws
  {
    let current = try self.programs(from: date, through: date)
    let stamp = { (rows: [AsRunProgram]) in rows.map { "\($0.slot)|\($0.file)|\($0.sha256)" } }
    if stamp(current).sorted() == stamp(programs).sorted() { return }
    try replaceDay(date, with: programs, generation: generation, at: at)
  }

  private func insert(_ program: AsRunProgram, generation: String, into db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO program (date, slot, slot_name, start, scheduled_at, file, seconds, sha256,
          produced_at, generation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        program.date, program.slot, program.slotName, program.start, program.scheduledAt,
        program.file, program.seconds, program.sha256, program.producedAt, generation,
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

  /// The current program rows dated within `from...through` (`YYYY-MM-DD`), in date and start
  /// order.
  func programs(from: String, through: String) throws -> [AsRunProgram] {
    try read { db in
      let programRows = try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM program WHERE date BETWEEN ? AND ? AND superseded_at IS NULL
          ORDER BY date, start, slot
          """,
        arguments: [from, through])
      return try programRows.map { try Self.program(from: $0, in: db) }
    }
  }

  /// Every version of the rows of `date`, oldest first (superseded ones included).
  func history(of date: String) throws -> [AsRunProgram] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM program WHERE date = ? ORDER BY id", arguments: [date]
      ).map { try Self.program(from: $0, in: db) }
    }
  }

  /// Runs a read, turning failures into ``StudioError/logUnavailable(path:reason:)``.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(body)
    } catch {
      throw StudioError.logUnavailable(path: path, reason: "\(error)")
    }
  }

  private static func program(from row: Row, in db: Database) throws -> AsRunProgram {
    let itemRows = try Row.fetchAll(
      db, sql: "SELECT * FROM item WHERE program_id = ? ORDER BY position",
      arguments: [row["id"] as Int64])
    return AsRunProgram(
      date: row["date"], slot: row["slot"], slotName: row["slot_name"], start: row["start"],
      scheduledAt: row["scheduled_at"], file: row["file"], seconds: row["seconds"],
      sha256: row["sha256"], producedAt: row["produced_at"], items: itemRows.map(item(from:)))
  }

  private static func item(from row: Row) -> AsRunItem {
    AsRunItem(
      kind: row["kind"], title: row["title"], script: row["script"], campaign: row["campaign"],
      campaignTitle: row["campaign_title"], priority: row["priority"], start: row["start"],
      offsetSeconds: row["offset_seconds"], seconds: row["seconds"])
  }
}
