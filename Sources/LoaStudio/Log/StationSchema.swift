import GRDB

/// The migrations of `out/loa.sqlite`, in order. A migration is never edited once shipped.
enum StationSchema {
  static var migrator: DatabaseMigrator {
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
    // Productions become versioned history (no UNIQUE (date, slot)), with the program's absolute
    // start instant and the day-folder generation they describe.
    migrator.registerMigration("v2: versioned productions with instants") { db in
      try db.execute(
        sql: """
          CREATE TABLE program_v2 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL, slot TEXT NOT NULL, slot_name TEXT NOT NULL,
            start TEXT NOT NULL, scheduled_at TEXT NOT NULL DEFAULT '',
            file TEXT NOT NULL, seconds REAL NOT NULL,
            sha256 TEXT NOT NULL, produced_at TEXT NOT NULL,
            generation TEXT, superseded_at TEXT);
          INSERT INTO program_v2 (id, date, slot, slot_name, start, scheduled_at, file, seconds,
              sha256, produced_at)
            SELECT id, date, slot, slot_name, start,
              date || 'T' || start || ':00+07:00', file, seconds, sha256, produced_at
            FROM program;
          DROP TABLE program;
          ALTER TABLE program_v2 RENAME TO program;
          CREATE INDEX program_date ON program(date, superseded_at);
          """)
    }
    // What really went on air (`loa air`): one row per airing, opened when it starts and closed
    // when it ends.
    migrator.registerMigration("v3: airings") { db in
      try db.execute(
        sql: """
          CREATE TABLE airing (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL, slot TEXT NOT NULL, kind TEXT NOT NULL,
            file TEXT NOT NULL, sha256 TEXT NOT NULL,
            scheduled_at TEXT NOT NULL, started_at TEXT, ended_at TEXT,
            played_seconds REAL NOT NULL DEFAULT 0, status TEXT NOT NULL,
            output TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '');
          CREATE INDEX airing_date ON airing(date, slot);
          CREATE INDEX airing_status ON airing(status);
          """)
    }
    return migrator
  }
}
