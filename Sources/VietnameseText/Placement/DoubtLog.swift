/// Collects the words read by guess while a line is read for ``Normalizer/place(_:)``.
///
/// A reference type so that readers holding a copy of ``ReadingState`` still log into the same
/// place; `nil` in the state (the hot path of ``Normalizer/normalize(_:)``) logs nothing.
final class DoubtLog {
  /// A word as sliced from the cleaned line, what is said for it, and how it was read.
  var entries: [(written: Substring, spoken: String, kind: ReadingDoubt.Kind)] = []

  /// Logs one word.
  func add(_ written: Substring, _ spoken: String, _ kind: ReadingDoubt.Kind) {
    entries.append((written, spoken, kind))
  }
}
