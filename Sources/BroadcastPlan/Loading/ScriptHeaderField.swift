/// One `key: value` line of a script's `---` header, with where its key and value were written.
public struct ScriptHeaderField: Sendable, Hashable {
  /// The key, e.g. `title`, `air`.
  public var key: String
  /// The value, without surrounding spaces.
  public var value: String
  /// Where the line starts (column 1).
  public var keyLocation: SourceLocation
  /// Where the value starts.
  public var valueLocation: SourceLocation

  /// Creates a field.
  public init(
    key: String, value: String, keyLocation: SourceLocation, valueLocation: SourceLocation
  ) {
    self.key = key
    self.value = value
    self.keyLocation = keyLocation
    self.valueLocation = valueLocation
  }

  /// The location `offset` characters into the value (for its second word, say).
  public func location(atValueOffset offset: Int) -> SourceLocation {
    SourceLocation(
      file: valueLocation.file, line: valueLocation.line, column: valueLocation.column + offset)
  }
}
