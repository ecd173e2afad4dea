/// Words: abbreviations, foreign words, Roman numerals, capitals, tone-mark style.
extension LineExpander {
  /// Reads a chunk whose core is letters only (a context-free word once per ``WordMemo``).
  func readWord(
    _ chunk: Chunk, _ shape: WordShape, _ out: inout SpokenLine, _ state: inout ReadingState
  ) {
    let core = chunk.core
    let memo = state.memo.flatMap { WordMemo.isContextFree(core, state) ? $0 : nil }
    if let known = memo?.reading(of: core) {
      out.word(known.spoken)
      state.advance(.word(core), as: known.textClass)
      return
    }
    let spoken = spokenWord(
      core, state, afterNumber: state.afterNumber, endsWithDot: chunk.trail.hasBytes(prefix: "."),
      shape: shape)
    let textClass = wordClass(core, spoken: spoken, shape)
    if let memo {
      let startsPhrase =
        AbbreviationTable.mayStartPhrase(core) || ForeignWordTable.mayStartPhrase(core)
        || (!lexicon.isEmpty && lexicon.mayStart(core))
      memo.remember(
        core, WordMemo.Reading(spoken: spoken, textClass: textClass, startsPhrase: startsPhrase))
    }
    out.word(spoken)
    state.advance(.word(core), as: textClass)
  }

  /// What a word read as `spoken` was taken for (for ``Normalizer/explain(_:)``).
  func wordClass(_ word: Substring, spoken: String, _ shape: WordShape) -> TextClass {
    if !shape.hasUpper && !shape.isASCII || spoken == word { return .word }
    if AbbreviationTable.lookup(word) == spoken { return .abbreviation }
    if RomanNumeral.value(word) != nil, spoken != LetterSpeller.spell(word) { return .roman }
    if shape.hasUpper && !shape.hasLower { return .letters }
    return shape.isASCII ? .foreign : .word
  }

  /// The spoken form of one run of letters.
  func spokenWord(
    _ word: Substring, _ state: ReadingState, afterNumber: Bool, endsWithDot: Bool = false,
    shape known: WordShape? = nil
  ) -> String {
    if afterNumber, let unit = UnitTable.lookup(word, dialect: dialect) { return unit }
    if word.isBytes("CP"), state.last == "ty" { return "cổ phần" }  // "Công ty CP"
    // "điểm đ khoản 1": a clause letter is said by its name ("điểm đê").
    if word.utf8.count <= 2, word.unicodeScalars.count == 1, let letter = word.first,
      letter.isLowercase, state.last == "điểm", let name = LetterSpeller.name(of: letter)
    {
      return name
    }
    let shape = known ?? WordShape(word)
    // Fast path: an ordinary lower-case Vietnamese word with marks matches no table.
    if !shape.hasUpper && !shape.isASCII && !word.isBytes("sđt") {
      return String(ToneMarks.modernize(word))
    }
    if shape.hasUpper || word.utf8.count <= 4, let abbreviation = AbbreviationTable.lookup(word) {
      return abbreviation
    }
    if shape.isASCII, let foreign = ForeignWordTable.respell(word) { return foreign }
    // "baohaiphong", "tinnhiemmang": a site name written without its address.
    if shape.isASCII, word.utf8.count >= 8,
      let label = WebAddressReader.index.value(lowercasing: word)
    {
      return label
    }
    if shape.isASCII, Self.standaloneUnits.contains(word),
      let unit = UnitTable.lookup(word, dialect: dialect)
    {
      return unit
    }
    if shape.hasUpper, let roman = romanNumber(word, state, endsWithDot: endsWithDot) {
      return roman
    }
    if shape.hasUpper && !shape.hasLower { return capitals(word, state) }
    if shape.isASCII {
      if !VietnameseSyllable.isASCIISyllable(word) { return foreign(word, state.doubts) }
      return unmarked(word)
    }
    return String(ToneMarks.modernize(word))
  }

  /// "Chương IV" → "chương bốn", "thứ II" → "thứ hai", "khóa XV"; a numbered heading "II.".
  private func romanNumber(_ word: Substring, _ state: ReadingState, endsWithDot: Bool) -> String? {
    guard word.allSatisfy({ $0 == "I" || $0 == "V" || $0 == "X" }),
      let value = RomanNumeral.value(word)
    else { return nil }
    // "đại hội XIII" but not "mạng xã hội X".
    let context =
      RomanNumeral.contextWords.contains(state.last)
      && (state.last != "hội" || state.saidBefore("đại hội"))
    guard context || (state.lineStart && endsWithDot) else { return nil }
    if state.last == "thứ" { return numbers.ordinal(Substring(String(value))) }
    return numbers.cardinal(value)
  }

  /// A word of ASCII letters that is one syllable: spelled as Vietnamese would ("Top" → "Tóp",
  /// "Nguyen" → "Nguyên"), since espeak-ng reads a toneless checked syllable or a Vietnamese
  /// impossible spelling as English. Ordinary unmarked syllables ("con", "Hai Phong") are kept.
  private func unmarked(_ word: Substring) -> String {
    guard ForeignRespeller.needsSpelling(word) else { return String(word) }
    let lower = word.lowercased()
    let spelled = ForeignRespeller.vietnameseSpelling(lower)
    return spelled == lower ? String(word) : ForeignWordTable.matchCase(spelled, like: word)
  }

  /// An unknown Latin word respelled ("Galaxy" → "Ga la xy"); camel case part by part
  /// ("eTax" → "e tắc"), capitals in it spelled.
  private func foreign(_ word: Substring, _ doubts: DoubtLog?) -> String {
    var parts: [Substring] = []
    var start = word.startIndex
    var index = word.index(after: start)
    while index < word.endIndex {
      let previous = word[word.index(before: index)]
      if word[index].isUppercase && previous.isLowercase {
        parts.append(word[start..<index])
        start = index
      }
      index = word.index(after: index)
    }
    parts.append(word[start...])
    var spoken: [String] = []
    for part in parts {
      if let known = AbbreviationTable.lookup(part) ?? ForeignWordTable.respell(part) {
        spoken.append(known)
      } else if VietnameseSyllable.isASCIISyllable(part) {
        spoken.append(unmarked(part))
      } else if part.count > 1, !part.contains(where: \.isLowercase) {
        spoken.append(LetterSpeller.spell(part))
        doubts?.add(part, spoken[spoken.count - 1], .spelled)
      } else if let respelled = ForeignRespeller.respell(part) {
        spoken.append(respelled)
        doubts?.add(part, respelled, .guessed)
      } else {
        spoken.append(LetterSpeller.spell(part))
        doubts?.add(part, spoken[spoken.count - 1], .spelled)
      }
    }
    return spoken.joined(separator: " ")
  }

  /// A word in capitals: a Vietnamese syllable is read as a word, anything else is spelled.
  private func capitals(_ word: Substring, _ state: ReadingState) -> String {
    if word.count == 1 {
      guard let letter = word.first, !Self.vowelLetters.contains(letter),
        let name = LetterSpeller.names[letter]
      else {
        // "Ô TÔ", "XE MÁY, Y TẾ": a vowel word inside a heading in capitals.
        let heading =
          Self.isCapitalWord(state.lastWritten)
          || Self.isCapitalWord(state.nextCore.drop(while: { !$0.isLetter }))
        let kept = String(ToneMarks.modernize(word))
        return heading ? kept.lowercased() : kept
      }
      return name
    }
    if VietnameseSyllable.isSyllable(word) {
      let lower = String(ToneMarks.modernize(word)).lowercased()
      // "KA", "TOP": spelled as Vietnamese writes them ("ca", "tóp"), as the lower-case word is.
      return word.utf8.allSatisfy({ $0 < 0x80 })
        ? ForeignRespeller.vietnameseSpelling(lower) : lower
    }
    // "YAGI", "NATO", "APEC": capitals alternating consonant and vowel are read as a word.
    if word.count >= 4, word.count <= 6, word.utf8.allSatisfy({ $0 < 0x80 }),
      Self.vowelGroups(word) >= 2, !Self.hasConsonantPair(word),
      let respelled = ForeignRespeller.respell(word)?.lowercased(),
      respelled.split(separator: " ").allSatisfy({ VietnameseSyllable.isSyllable($0) })
    {
      state.doubts?.add(word, respelled, .guessed)
      return respelled
    }
    let spelled = LetterSpeller.spell(word)
    state.doubts?.add(word, spelled, .spelled)
    return spelled
  }

  /// Whether `word` has two or more letters, all capitals of the Vietnamese alphabet (a
  /// heading's word: "TÔ", "MÁY"; not "Ứƺ", whose reading keeps the capitals it has).
  static func isCapitalWord(_ word: Substring) -> Bool {
    word.count >= 2 && word.unicodeScalars.allSatisfy { WordShape.alphabetCase($0.value) == true }
  }

  /// Whether two consonant letters meet in an ASCII word ("UNESCO", "EVNHANOI").
  static func hasConsonantPair(_ word: Substring) -> Bool {
    var previousConsonant = false
    for byte in word.utf8 {
      let consonant = !"AEIOUYaeiouy".utf8.contains(byte)
      if consonant && previousConsonant { return true }
      previousConsonant = consonant
    }
    return false
  }

  /// The number of runs of vowel letters in an ASCII word.
  static func vowelGroups(_ word: Substring) -> Int {
    var groups = 0
    var inVowel = false
    for byte in word.utf8 {
      let vowel = "AEIOUYaeiouy".utf8.contains(byte)
      if vowel && !inVowel { groups += 1 }
      inVowel = vowel
    }
    return groups
  }

  /// Units read as words even without a number before them ("km 25").
  static let standaloneUnits: Set<Substring> = [
    "km", "kg", "cm", "mm", "ml", "mg", "kWh", "km2", "m2", "Km", "km/h", "m²", "m³", "m3",
    "km²", "°C",
  ]

  /// Single capital letters that are also words or sound as themselves ("Ở", "A").
  static let vowelLetters: Set<Character> = Set("AĂÂEÊIOÔƠUƯY")
}
