import LoaStudio
import Synchronization

/// The page's reader of the airings log (`out/loa.sqlite`, table `airing`, written by `loa air`):
/// LoaStudio's own ``LoaStudio/AiringLog``, opened once the database exists and then kept open
/// for the life of the server, so a page view costs a query, not a database open.
final class AiringLogHandle: Sendable {
  private let output: OutputFolder
  private let opened = Mutex<AiringLog?>(nil)

  /// A handle on the log of `output`; nothing is opened yet.
  init(output: OutputFolder) {
    self.output = output
  }

  /// The log, or `nil` while no player or render has created the database.
  func log() -> AiringLog? {
    opened.withLock { log in
      if log == nil { log = try? AiringLog.openIfPresent(output: output) }
      return log
    }
  }

  /// The airings dated `from...through` (`YYYY-MM-DD`), oldest first; none without a log.
  func airings(from: String, through: String) -> [Airing] {
    (try? log()?.airings(from: from, through: through)) ?? []
  }
}
