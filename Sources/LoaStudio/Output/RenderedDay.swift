import BroadcastPlan
import Foundation

/// One rendered day as a reader sees it: a manifest and the generation folder it describes.
///
/// Both come from the same generation, so the files named by the manifest are the ones it
/// measured, even if a writer swaps in a new generation meanwhile (open a file to keep reading
/// it; a swapped-out generation is deleted, but an open file stays readable).
public struct RenderedDay: Sendable {
  /// The broadcast date.
  public let date: CalendarDay
  /// The day's manifest.
  public let manifest: Manifest
  /// The generation folder holding the day's files.
  public let folder: URL

  /// The file of a program named by the manifest; `nil` for any other name (no path from
  /// outside ever reaches the file system unchecked).
  public func url(ofFile name: String) -> URL? {
    guard manifest.programs.contains(where: { $0.file == name }) else { return nil }
    return folder.appendingPathComponent(name)
  }

  /// The manifest's program for `slot`, if the day has one.
  public func program(slot: String) -> Manifest.Program? {
    manifest.programs.first { $0.slot == slot }
  }
}
