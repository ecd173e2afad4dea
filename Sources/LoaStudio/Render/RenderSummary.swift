import Foundation

/// What a render produced.
public struct RenderSummary: Sendable, Hashable {
  /// The output folder.
  public var outputDirectory: URL
  /// Day folders written or confirmed, in date order (`out/2026-12-01`).
  public var dayFolders: [URL]
  /// Program files, relative to the output folder, in time order.
  public var files: [String]
  /// Programs (re)built in this run.
  public var rendered: Int
  /// Programs kept because nothing had changed.
  public var unchanged: Int
  /// Bulletins synthesised in this run (the rest came from the cache).
  public var synthesized: Int
  /// Total airtime of the programs, seconds.
  public var airtimeSeconds: Double
  /// Dates in the range that had no program at all.
  public var emptyDays: [String]
}
