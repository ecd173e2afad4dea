/// Cuts a long spoken sentence into clauses, so that each can be synthesised on its own with a
/// silence after it: a lever of the intelligibility search (issue 14), off by default.
///
/// A sentence of more than ``minimumSyllables`` syllables is cut after each comma, semicolon
/// or colon (the mark stays with its clause, so espeak-ng keeps a continuing intonation); with
/// ``atConjunctions``, a clause still longer than that is also cut before a coordinating or
/// subordinating conjunction ("nhưng", "và", "để", …) when both sides keep at least
/// ``shortestClause`` syllables. Pure: the same text always gives the same clauses, and joining
/// them with spaces gives the sentence back.
public struct ClauseSplitter: Sendable, Hashable {
  /// A sentence with at most this many syllables is left whole.
  public var minimumSyllables: Int
  /// Whether clauses are also cut before conjunctions.
  public var atConjunctions: Bool
  /// No clause is cut shorter than this (it stays joined to its neighbour).
  public var shortestClause: Int

  /// The words before which a clause may be cut when ``atConjunctions`` is on.
  public static let conjunctions: Set<Substring> = [
    "nhưng", "và", "hoặc", "hay", "nên", "để", "khi", "nếu", "vì", "mà", "thì",
  ]

  /// Creates a splitter; by default every sentence longer than 12 syllables is cut at its
  /// punctuation, not at conjunctions, and no clause is shorter than 3 syllables.
  public init(minimumSyllables: Int = 12, atConjunctions: Bool = false, shortestClause: Int = 3) {
    self.minimumSyllables = minimumSyllables
    self.atConjunctions = atConjunctions
    self.shortestClause = shortestClause
  }

  /// The clauses of one spoken sentence, in order (the sentence itself when it is not cut).
  public func clauses(of sentence: String) -> [String] {
    let words = sentence.split(separator: " ")
    guard words.count > minimumSyllables else { return [sentence] }
    var clauses: [[Substring]] = []
    var current: [Substring] = []
    for word in words {
      current.append(word)
      if let last = word.last, last == "," || last == ";" || last == ":" {
        clauses.append(current)
        current = []
      }
    }
    if !current.isEmpty { clauses.append(current) }
    if atConjunctions { clauses = clauses.flatMap(cutAtConjunctions) }
    return merged(clauses).map { $0.joined(separator: " ") }
  }

  /// `clause` cut before each conjunction that leaves both sides long enough.
  private func cutAtConjunctions(_ clause: [Substring]) -> [[Substring]] {
    guard clause.count > minimumSyllables else { return [clause] }
    var pieces: [[Substring]] = []
    var current: [Substring] = []
    for (index, word) in clause.enumerated() {
      let remaining = clause.count - index
      if current.count >= shortestClause, remaining >= shortestClause,
        Self.conjunctions.contains(Substring(word.lowercased()))
      {
        pieces.append(current)
        current = []
      }
      current.append(word)
    }
    pieces.append(current)
    return pieces
  }

  /// Clauses shorter than ``shortestClause`` joined to the one after them (the last to the one
  /// before).
  private func merged(_ clauses: [[Substring]]) -> [[Substring]] {
    var result: [[Substring]] = []
    var pending: [Substring] = []
    for clause in clauses {
      pending += clause
      if pending.count >= shortestClause {
        result.append(pending)
        pending = []
      }
    }
    if !pending.isEmpty {
      if result.isEmpty { result.append(pending) } else { result[result.count - 1] += pending }
    }
    return result
  }
}
