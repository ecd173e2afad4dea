/// Finds operator lexicon entries, one or several words long, at a position in a line.
///
/// Entries match whole chunks: exactly first, then ignoring case. The longest match wins, and a
/// later entry for the same written form replaces an earlier one.
struct PhraseIndex: Sendable {
  private var exact: [String: [(words: [String], spoken: String)]] = [:]
  private var folded: [String: [(words: [String], spoken: String)]] = [:]

  /// Indexes a lexicon.
  init(_ lexicon: Lexicon) {
    for entry in lexicon.entries {
      let words = entry.written.split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      insert(words, entry.spoken, key: first, into: &exact)
      insert(words.map { $0.lowercased() }, entry.spoken, key: first.lowercased(), into: &folded)
    }
  }

  /// Whether the index is empty.
  var isEmpty: Bool { exact.isEmpty }

  /// Whether an entry may start with the chunk core `word` (exactly or ignoring case).
  func mayStart(_ word: Substring) -> Bool {
    let key = String(word)
    return exact[key] != nil || folded[key.lowercased()] != nil
  }

  private func insert(
    _ words: [String], _ spoken: String, key: String,
    into table: inout [String: [(words: [String], spoken: String)]]
  ) {
    var list = table[key, default: []]
    list.removeAll { $0.words == words }
    list.append((words, spoken))
    list.sort { $0.words.count > $1.words.count }
    table[key] = list
  }

  /// The spoken form and the number of chunks matched at `index`, or `nil`.
  func match(_ chunks: [Chunk], at index: Int) -> (spoken: String, count: Int)? {
    let core = String(chunks[index].core)
    if let found = find(in: exact[core], chunks, index, fold: false) { return found }
    return find(in: folded[core.lowercased()], chunks, index, fold: true)
  }

  private func find(
    in candidates: [(words: [String], spoken: String)]?, _ chunks: [Chunk], _ index: Int,
    fold: Bool
  ) -> (spoken: String, count: Int)? {
    guard let candidates else { return nil }
    for candidate in candidates where index + candidate.words.count <= chunks.count {
      var matches = true
      for (offset, word) in candidate.words.enumerated() {
        let chunk = chunks[index + offset]
        let core = fold ? chunk.core.lowercased() : String(chunk.core)
        let inner = offset < candidate.words.count - 1
        if core != word || (inner && !chunk.trail.isEmpty) || (offset > 0 && !chunk.lead.isEmpty) {
          matches = false
          break
        }
      }
      if matches { return (candidate.spoken, candidate.words.count) }
    }
    return nil
  }
}
