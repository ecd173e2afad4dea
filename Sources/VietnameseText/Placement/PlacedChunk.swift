/// One stretch of a line as read, with the column it was written at and the words read by
/// guess in it: what ``Normalizer/place(_:)`` returns.
///
/// ```swift
/// Normalizer().place("Tải Bluesky về.")[1]
/// // column 5, written "Bluesky", spoken "Bơ luết ky",
/// // doubts [ReadingDoubt(written: "Bluesky", column: 5, spoken: "Bơ luết ky", kind: .guessed)]
/// ```
public struct PlacedChunk: Sendable, Equatable {
  /// The 1-based column (in characters) in the line as given where the stretch starts.
  public var column: Int
  /// Its class, written form and reading (as ``Normalizer/explain(_:)`` gives them).
  public var explanation: ChunkExplanation
  /// The words in it read by guess, in order.
  public var doubts: [ReadingDoubt]

  /// Creates a placed chunk.
  public init(column: Int, explanation: ChunkExplanation, doubts: [ReadingDoubt] = []) {
    self.column = column
    self.explanation = explanation
    self.doubts = doubts
  }
}
