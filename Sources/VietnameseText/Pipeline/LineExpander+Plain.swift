/// The fast path: a plain lower-case word read without walking the rules.
extension LineExpander {
  /// Reads `chunks[index]` when it is a ``PlainWord`` that no rule of ``readChunk`` would
  /// take (no lexicon entry or phrase starts with it, not a unit after a number, no abbreviation
  /// owning its dot); returns `false`, having read nothing, otherwise.
  ///
  /// The result is exactly what the full path gives: the word with modern tone marks, then
  /// its closing marks as pauses.
  func readPlainWord(
    _ chunks: [Chunk], at index: Int, _ out: inout SpokenLine, _ state: inout ReadingState
  ) -> Bool {
    // Byte facts the split worked out: no Substring call until the word is known plain. The
    // chunk is read where it is: a copy would retain its parts.
    guard chunks[index].isPlain, chunks[index].lead.isEmpty,
      !chunks[index].coreIs("phút"), !chunks[index].coreIs("sđt")
    else { return false }
    let core = chunks[index].core
    // After a number only a unit ("đồng") reads otherwise.
    if state.afterNumber, UnitTable.isUnit(core) { return false }
    let hasTrail = chunks[index].trailFirstByte != 0
    // Foreign phrases start with an ASCII word, which a plain word is not.
    if !hasTrail, index + 1 < chunks.count,
      AbbreviationTable.mayStartPhrase(
        core, firstByte: chunks[index].coreFirstByte, length: chunks[index].coreLength)
    {
      return false
    }
    if !lexicon.isEmpty, lexicon.mayStart(core) { return false }
    // "v.v.", "TP.": the table may own the dot (only a last "." is surely a sentence end).
    if chunks[index].trailStartsWithDot,
      !(index == chunks.count - 1 && chunks[index].trailIsSingle)
    {
      return false
    }
    out.word(chunks[index].mayMoveMark ? ToneMarks.modernize(core) : core)
    state.advance(.word(core), as: .word)
    if hasTrail {
      trail(chunks[index].trail, into: &out)
      state.close(trail: chunks[index].trail)
    }
    return true
  }

  /// Reads `chunks[index]` when its core is a word already read once in this text, context
  /// free (``WordMemo``), that no rule of ``readChunk`` tried before ``readWord`` would take;
  /// returns `false`, having read nothing, otherwise.
  ///
  /// Those rules are: a phrase starting with it (the reading says whether one may), an
  /// opening bracket, an abbreviation owning its dot, a road prefix before a number ("QL 5",
  /// three bytes at most), initials (two bytes at most) and "phút" after a time. What the full
  /// path's look-ahead leaves in `state` is read only after the next look-ahead, so skipping
  /// it changes nothing. The result is exactly what the full path gives.
  func readRememberedWord(
    _ chunks: [Chunk], at index: Int, _ out: inout SpokenLine, _ state: inout ReadingState
  ) -> Bool {
    guard let memo = state.memo else { return false }
    // The chunk's parts are read where they are: a copy of the chunk would retain them.
    let length = chunks[index].coreLength
    guard length > 2, chunks[index].lead.isEmpty, !chunks[index].trailStartsWithDot,
      length > 3 || index + 1 == chunks.count || !chunks[index + 1].startsWithDigit,
      !chunks[index].coreIs("phút"),
      WordMemo.isContextFree(
        chunks[index].core, firstByte: chunks[index].coreFirstByte, length: length, state),
      let known = memo.reading(of: chunks[index].core), !known.startsPhrase
    else { return false }
    out.word(known.spoken)
    state.advance(.word(chunks[index].core), as: known.textClass)
    if chunks[index].trailFirstByte != 0 {
      trail(chunks[index].trail, into: &out)
      state.close(trail: chunks[index].trail)
    }
    return true
  }
}
