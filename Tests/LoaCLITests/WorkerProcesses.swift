import Foundation

/// The `loa synth-worker` processes of a given parent, found through `/proc` (Linux).
///
/// A worker's command line is `loa synth-worker --parent PID`, so the parent's process id is the
/// test's unique marker: workers of other tests running at the same time are never counted.
enum WorkerProcesses {
  /// The process ids of live workers started by `parent`; with `includingChildren`, also the
  /// short-lived children a worker forks for each request (they carry the same command line).
  static func of(parent: Int32, includingChildren: Bool = false) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { Int32($0) }.filter { pid in
      guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else {
        return false
      }
      let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      guard let index = arguments.firstIndex(of: "synth-worker") else { return false }
      let rest = Array(arguments[index...])
      guard let flag = rest.firstIndex(of: "--parent"), flag + 1 < rest.count else { return false }
      guard rest[flag + 1] == String(parent), let state = state(pid), state.code != "Z",
        state.code != "X"
      else { return false }
      return includingChildren || state.parent == parent
    }.sorted()
  }

  /// Waits up to `seconds` for `parent` to have at least `count` workers; returns them.
  static func wait(for count: Int, of parent: Int32, seconds: Double) -> [Int32] {
    let deadline = Date().addingTimeInterval(seconds)
    var found: [Int32] = []
    repeat {
      found = of(parent: parent)
      if found.count >= count { return found }
      usleep(2_000)
    } while Date() < deadline
    return found
  }

  /// The state letter and parent process id from `/proc/PID/stat`.
  private static func state(_ pid: Int32) -> (code: Character, parent: Int32)? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 2, let code = fields[0].first, let parent = Int32(fields[1]) else {
      return nil
    }
    return (code, parent)
  }
}
