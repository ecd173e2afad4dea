/// A script reference as written in a schedule: a file or a folder, relative to the schedule.
public struct ScriptSource: Sendable, Hashable {
  /// The path as written.
  public var path: String
  /// Where it was written.
  public var location: SourceLocation?

  /// Creates a reference.
  public init(path: String, location: SourceLocation? = nil) {
    self.path = path
    self.location = location
  }
}
