/// Name initials: "N.V.A", "T.H.", "Nguyễn V. A.": letters by name, dots silent or kept as a
/// sentence end.
extension LineExpander {
  /// Reads name initials ("N.V.A", "T.H.", "Nguyễn V. A.") at `index`; `false` when none.
  func readInitials(
    _ chunks: [Chunk], at index: Int, _ out: inout SpokenLine, _ state: inout ReadingState
  ) -> Bool {
    let chunk = chunks[index]
    if chunk.core.utf8.contains(0x2E), let spoken = dottedInitials(chunk.core) {
      out.word(spoken)
      state.advance(.word(chunk.core), as: .letters)
      // "chị T.H. bị lừa": the initial's own dot is no sentence end before a lower-case word.
      let lowerNext = index + 1 < chunks.count && chunks[index + 1].core.first?.isLowercase == true
      let marks =
        lowerNext && chunk.trail.hasBytes(prefix: ".") ? chunk.trail.dropFirst() : chunk.trail
      trail(marks, into: &out)
      state.close(trail: marks)
      return true
    }
    guard chunk.core.utf8.count <= 2, chunk.trail.utf8.count == 1,
      let (spoken, keepsDot) = initial(chunks, at: index, state)
    else { return false }
    out.word(spoken)  // "Nguyễn V. A.": the dot of an initial is no pause.
    state.advance(.word(chunk.core), as: .letters)
    if keepsDot {
      out.pause(".")
      state.close(trail: ".")
    }
    return true
  }

  /// An initial in a name ("Nguyễn V. A."): one capital letter with a dot after a capitalised
  /// word and before another initial ("Văn A. Bà …" keeps its sentence end). Read by its letter name (vowels as themselves).
  ///
  /// The last initial keeps its dot as a sentence end unless a lower-case word follows.
  ///
  /// The capitalised word before is the last word read (`state`), not the previous chunk's
  /// start: "con‫ẬłaMĔ I." reads as its spoken form "con ẬłaMĔ I." does.
  func initial(
    _ chunks: [Chunk], at index: Int, _ state: ReadingState
  ) -> (String, keepsDot: Bool)? {
    func isInitial(_ chunk: Chunk) -> Bool {
      chunk.trail == "." && chunk.lead.isEmpty && chunk.core.count == 1
        && chunk.core.first?.isUppercase == true
    }
    let chunk = chunks[index]
    guard isInitial(chunk), index > 0, let letter = chunk.core.first,
      let name = LetterSpeller.names[letter]
    else { return nil }
    let previous = chunks[index - 1]
    let hasNext = index + 1 < chunks.count
    if hasNext, previous.trail.isEmpty, Self.isNameWord(state.lastWritten),
      chunks[index + 1].lead.isEmpty, Self.startsWithLetterAlone(chunks[index + 1].core)
    {
      return (name, false)
    }
    guard isInitial(previous), index >= 2, chunks[index - 2].trail.isEmpty,
      chunks[index - 2].core.first?.isUppercase == true
    else { return nil }
    let lowerNext = hasNext && chunks[index + 1].core.first?.isLowercase == true
    return (name, !lowerNext)
  }

  /// Whether `word` can be a name before an initial: two or more letters of the Vietnamese
  /// alphabet, the first a capital ("Nguyễn", "Văn"; not "Ả" or "Șư").
  static func isNameWord(_ word: Substring) -> Bool {
    guard word.count >= 2, let first = word.unicodeScalars.first,
      WordShape.alphabetCase(first.value) == true
    else { return false }
    return word.unicodeScalars.allSatisfy { WordShape.alphabetCase($0.value) != nil }
  }

  /// Whether `core` begins with one capital letter standing alone ("A", "Ö9"): what the core
  /// says first is that letter, as it would be in a second pass over the spoken text.
  static func startsWithLetterAlone(_ core: Substring) -> Bool {
    guard let first = core.first, first.isUppercase else { return false }
    let rest = core.dropFirst()
    return rest.first.map { !$0.isLetter } ?? true
  }

  /// Dotted initials in one chunk, "N.V.A", "T.H.", "V.Nam": the letters by name, the dots
  /// silent, a last part that is a word read as a word.
  func dottedInitials(_ core: Substring) -> String? {
    // Each part opens with a capital: an ASCII first byte that is none ("500.000") is no initial.
    if let first = core.utf8.first, first < 0x80, first < 0x41 || first > 0x5A { return nil }
    let parts = core.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2, core.utf8.count <= 24,
      AbbreviationTable.lookup(Substring(parts[0] + ".")) == nil  // "P.Tân Mai", "Q.Ba Đình"
    else { return nil }
    var words: [String] = []
    for (offset, part) in parts.enumerated() {
      guard let first = part.first, first.isUppercase, part.allSatisfy(\.isLetter) else {
        return nil
      }
      if part.count == 1, let name = LetterSpeller.names[first] {
        words.append(name)
      } else if offset == parts.count - 1, part.dropFirst().allSatisfy(\.isLowercase) {
        words.append(String(ToneMarks.modernize(part)))
      } else {
        return nil
      }
    }
    return words.joined(separator: " ")
  }
}
