import BroadcastPlan
import Foundation
import SpeechAudio

/// The output folder `out/` and the one way in: every writer (render, the player's re-renders,
/// emergencies, the page's announcements) goes through ``withWriteLock(waiting:_:)``, every
/// reader through ``day(_:)``.
///
/// Writers hold an exclusive OS lock on `out/.lock` (released by the kernel if the process dies)
/// and wait for it; readers never take it and never block: a day is a link swapped atomically
/// (see ``DayFolders``), so a reader sees the old day or the new one, whole.
///
/// ```
/// out/.lock            the writers' lock
/// out/DATE  →  .days/DATE~GEN/   0600-sang.wav … playlist.m3u manifest.json
/// out/.cache/          synthesised bulletins by content hash
/// out/.air/queue/      emergencies waiting for `loa air`
/// out/loa.sqlite       productions and airings
/// ```
public struct OutputFolder: Sendable {
  /// The folder.
  public let url: URL

  /// The output folder at `url` (nothing is created until a writer needs it).
  public init(_ url: URL) {
    self.url = url
  }

  /// `out/loa.sqlite`.
  public var databaseURL: URL { url.appendingPathComponent("loa.sqlite") }
  /// `out/.cache/`.
  public var cacheURL: URL { url.appendingPathComponent(".cache", isDirectory: true) }
  /// `out/.air/`: the player's own files (its lock, the emergency queue).
  public var airURL: URL { url.appendingPathComponent(".air", isDirectory: true) }
  /// `out/.air/queue/`: emergency items handed to `loa air`.
  public var queueURL: URL { airURL.appendingPathComponent("queue", isDirectory: true) }
  var lockURL: URL { url.appendingPathComponent(".lock") }
  var days: DayFolders { DayFolders(root: url) }

  /// The one-line message a command shows while it waits for another writer.
  public var waitingMessage: String {
    "Đang chờ: một lệnh khác đang ghi vào thư mục '\(url.path)'…"
  }

  /// Runs `body` holding the folder's write lock, after creating the folder, checking it is
  /// writable and finishing what a killed writer left. `waiting` is called once if another
  /// writer holds the lock (then this call blocks until it is released).
  public func withWriteLock<T>(waiting: () -> Void = {}, _ body: () throws -> T) throws -> T {
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw StudioError.outputUnwritable(path: url.path, reason: "không tạo được thư mục")
    }
    guard access(url.path, W_OK) == 0 else {
      throw StudioError.outputUnwritable(path: url.path, reason: "không có quyền ghi")
    }
    let lock: OutputLock
    do {
      lock = try OutputLock.acquire(lockURL, waiting: waiting)
    } catch {
      throw StudioError.outputUnwritable(path: url.path, reason: "không khoá được thư mục")
    }
    defer { lock.release() }
    lock.write("\(getpid())\n")
    do {
      try days.recover()
      Self.removeTemporaryFiles(in: cacheURL)
    } catch {
      throw StudioError.outputUnwritable(path: url.path, reason: "\(error)")
    }
    return try body()
  }

  /// The day as it is now, read without the lock: its manifest and the folder of its files.
  /// `nil` when nothing was rendered for `date`.
  public func day(_ date: CalendarDay) -> RenderedDay? {
    for _ in 0..<3 {
      guard let folder = days.current(date.description) else { return nil }
      let manifestURL = folder.appendingPathComponent("manifest.json")
      if let data = FileManager.default.contents(atPath: manifestURL.path),
        let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
      {
        return RenderedDay(date: date, manifest: manifest, folder: folder)
      }
      // A writer replaced the generation between the two reads: look again.
    }
    return nil
  }

  /// Deletes the temporary files of killed syntheses in each cache folder (`out/.cache/xx/`).
  static func removeTemporaryFiles(in cache: URL) {
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
    for name in folders {
      _ = try? AudioFile.removeLeftovers(in: cache.appendingPathComponent(name, isDirectory: true))
    }
  }
}
