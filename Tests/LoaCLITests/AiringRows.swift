import Foundation
import GRDB

/// The `airing` rows of an output folder's database, read directly (tests only).
struct AiringRows {
  struct Row: Equatable {
    var date: String
    var slot: String
    var kind: String
    var status: String
    var playedSeconds: Double
    var note: String
  }

  static func read(_ out: URL) throws -> [Row] {
    let queue = try DatabaseQueue(path: out.appendingPathComponent("loa.sqlite").path)
    return try queue.read { db in
      try GRDB.Row.fetchAll(db, sql: "SELECT * FROM airing ORDER BY id").map {
        Row(
          date: $0["date"], slot: $0["slot"], kind: $0["kind"], status: $0["status"],
          playedSeconds: $0["played_seconds"], note: $0["note"])
      }
    }
  }
}
