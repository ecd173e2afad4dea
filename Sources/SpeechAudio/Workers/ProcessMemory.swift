import CProcessControl
import Foundation

/// Peak resident memory of a process, from Linux's `/proc/PID/status` (`VmHWM`).
public enum ProcessMemory {
  /// The peak resident set size of process `pid` in bytes, or nil where `/proc` cannot tell.
  public static func peakBytes(of pid: Int32) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap
      { Int($0) }
      return digits.map { $0 * 1024 }
    }
    return nil
  }

  /// The peak resident set size of this process in bytes.
  public static var ownPeakBytes: Int? { peakBytes(of: getpid()) }

  /// Tunes glibc's allocator for this process so that peak memory stays flat: a fixed mmap
  /// threshold (256 KiB) and at most two arenas. Synthesis replies and audio chunks are blocks
  /// of a few hundred kilobytes allocated on one thread and freed on another; by default glibc
  /// raises its threshold after each is freed and later ones stay resident in per-thread heaps
  /// (about 4–6 MB more peak memory in a cold `loa render`). Call once, at start.
  public static func tuneAllocator() {
    loa_tune_allocator()
  }
}
