/// An extra output an ``OutputGroup`` dropped because it failed, for the player's log.
public struct OutputFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// The output's ``AudioOutput/name`` (never a password).
  public let output: String
  /// What went wrong.
  public let error: PlayoutError

  /// A failure of `output`.
  public init(output: String, error: PlayoutError) {
    self.output = output
    self.error = error
  }

  /// The error's one-line Vietnamese message.
  public var description: String { error.description }
}
