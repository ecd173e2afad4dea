import Foundation

/// Writes to the operator's terminal: results to stdout, problems to stderr.
enum Terminal {
  /// Prints one line to standard error, prefixed with `loa:`.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data("loa: \(line)\n".utf8))
  }

  /// Prints raw text to standard error without a prefix (diagnostic lists).
  static func errorRaw(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether standard output is an interactive terminal (progress bars, colours).
  static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }
}
