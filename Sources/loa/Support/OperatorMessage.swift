import ArgumentParser

/// The one-line Vietnamese message shown for an error raised by a Loa library.
///
/// Every library error enum conforms to `CustomStringConvertible` with a Vietnamese
/// `description`; ArgumentParser's own usage errors are left to ArgumentParser.
struct OperatorMessage {
  /// The line printed on stderr.
  let text: String
  /// The process exit status (always non-zero).
  let exitCode: Int32

  /// Wraps a library error; `nil` for ArgumentParser's own errors.
  init?(_ error: Error) {
    if error is ValidationError { return nil }
    let typeName = String(reflecting: type(of: error))
    if typeName.hasPrefix("ArgumentParser.") { return nil }
    text = String(describing: error)
    exitCode = 1
  }
}
