/// The fast path: a plain lower-case word read without walking the rules.
extension LineExpander {
  /// Reads `chunks[index]` when it is a ``PlainWord`` that no rule of ``readChunk`` would
  /// take (no lexicon entry or phrase starts with it, no unit after a number, no abbreviation
  /// owning its dot); returns `false`, having read nothing, otherwise.
  ///
  /// The result is exactly what the full path gives: the word with modern tone marks, then
  /// its closing marks as pauses.
  func readPlainWord(
    _ chunks: [Chunk], at index: Int, _ out: inout SpokenLine, _ state: inout ReadingState
  ) -> Bool {
    let core = chunks[index].core
    let marks = chunks[index].trail
    guard !state.afterNumber, chunks[index].lead.isEmpty, PlainWord.isPlain(core),
      !core.isBytes("phút"), !core.isBytes("sđt")
    else { return false }
    // Foreign phrases start with an ASCII word, which a plain word is not.
    if marks.isEmpty, index + 1 < chunks.count, AbbreviationTable.mayStartPhrase(core) {
      return false
    }
    if !lexicon.isEmpty, lexicon.mayStart(core) { return false }
    // "v.v.", "TP.": the table may own the dot (only a last "." is surely a sentence end).
    if marks.hasBytes(prefix: "."), !(index == chunks.count - 1 && marks.isBytes(".")) {
      return false
    }
    out.word(ToneMarks.modernize(core))
    state.advance(.word(core), as: .word)
    trail(marks, into: &out)
    state.close(trail: marks)
    return true
  }
}
