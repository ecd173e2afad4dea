/// Reads one line aloud: the pipeline behind ``Normalizer/normalize(_:)``.
///
/// Steps: text hygiene (NFC, marks, quotes, dashes, bullets) → chunks split at spaces → for each
/// chunk the operator lexicon, then built-in phrases, then the rules for its core (words,
/// numbers, dates, times, phones, document numbers, addresses) → punctuation kept as pauses.
struct LineExpander: Sendable {
  let dialect: Dialect
  let numbers: CardinalReader
  let dates: DateReader
  let times: TimeReader
  let documents: DocumentNumberReader
  let web: WebAddressReader
  let plates: LicencePlateReader
  let lexicon: PhraseIndex

  /// A reader for a dialect and an operator lexicon.
  init(dialect: Dialect, lexicon: Lexicon) {
    self.dialect = dialect
    numbers = CardinalReader(dialect: dialect)
    dates = DateReader(numbers: numbers)
    times = TimeReader(numbers: numbers)
    documents = DocumentNumberReader(numbers: numbers)
    web = WebAddressReader(numbers: numbers)
    plates = LicencePlateReader(numbers: numbers)
    self.lexicon = PhraseIndex(lexicon)
  }

  /// The spoken form of one line (no line breaks inside).
  func expand(_ raw: Substring) -> String {
    var record: [ChunkExplanation]?
    return expand(raw, record: &record)
  }

  /// The spoken form of one line; when `record` is not `nil`, each chunk (or group of chunks
  /// read together) is appended to it with its class and its reading.
  func expand(_ raw: Substring, record: inout [ChunkExplanation]?) -> String {
    var placed: [PlacedChunk]?
    return expand(raw, record: &record, placed: &placed)
  }

  /// The spoken form of one line, recording explanations and, when `placed` is not `nil`, each
  /// chunk's column in `raw` and the words in it read by guess.
  func expand(
    _ raw: Substring, record: inout [ChunkExplanation]?, placed: inout [PlacedChunk]?
  ) -> String {
    spokenLine(raw, record: &record, placed: &placed).text
  }

  /// The spoken form of one line, as UTF-8 bytes (what ``Normalizer/normalize(_:)`` joins),
  /// remembering context-free words in `memo` across the lines of one text; written after
  /// `earlier` (the lines read before it) in the same storage.
  func spokenLine(
    _ raw: Substring, memo: WordMemo? = nil, after earlier: consuming [UInt8] = []
  ) -> SpokenLine {
    var record: [ChunkExplanation]?
    var placed: [PlacedChunk]?
    return spokenLine(raw, record: &record, placed: &placed, memo: memo, after: earlier)
  }

  /// The spoken line behind ``expand(_:record:placed:)``.
  func spokenLine(
    _ raw: Substring, record: inout [ChunkExplanation]?, placed: inout [PlacedChunk]?,
    memo: WordMemo? = nil, after earlier: consuming [UInt8] = []
  ) -> SpokenLine {
    var offsets: [Int]? = placed == nil ? nil : []
    let line = TextHygiene.clean(raw, offsets: &offsets)
    let chunks = Chunk.split(
      line, slicing: placed != nil, locating: record != nil || placed != nil)
    var out = SpokenLine(after: earlier)
    var state = ReadingState()
    if placed != nil { state.doubts = DoubtLog() }
    state.memo = memo
    var index = 0
    while index < chunks.count {
      let start = out.bytes.count
      let logged = state.doubts?.entries.count ?? 0
      state.beginChunk()
      // Nothing said yet (silent marks only): still the start of the line, so that a second
      // pass over the output ("I. Mở đầu" after a dropped symbol) reads the same.
      if out.isEmpty { state.lineStart = true }
      let next =
        readPlainWord(chunks, at: index, &out, &state)
          || readRememberedWord(chunks, at: index, &out, &state)
        ? index + 1 : readChunk(chunks, at: index, &out, &state)
      if record != nil || placed != nil {
        let written = line[chunks[index].extent.lowerBound..<chunks[next - 1].extent.upperBound]
        let said = out.bytes.dropFirst(start)
        let explanation = ChunkExplanation(
          written: String(written), textClass: state.lastClass,
          spoken: String(decoding: said, as: UTF8.self).trimmingSpaces())
        record?.append(explanation)
        if placed != nil, let offsets {
          let column = Self.column(of: written, in: line, offsets: offsets, fallback: 1)
          let doubts = (state.doubts?.entries.dropFirst(logged) ?? []).map {
            ReadingDoubt(
              written: String($0.written),
              column: Self.column(of: $0.written, in: line, offsets: offsets, fallback: column),
              spoken: $0.spoken, kind: $0.kind)
          }
          placed?.append(PlacedChunk(column: column, explanation: explanation, doubts: doubts))
        }
      }
      index = next
    }
    return out
  }

  /// The 1-based column in the raw line of `part`, a slice of the cleaned `line`; `fallback`
  /// when `part` is not a slice of it.
  static func column(of part: Substring, in line: String, offsets: [Int], fallback: Int) -> Int {
    guard part.startIndex >= line.startIndex, part.endIndex <= line.endIndex,
      line[part.startIndex..<part.endIndex] == part
    else { return fallback }
    let offset = line.distance(from: line.startIndex, to: part.startIndex)
    return offset < offsets.count ? offsets[offset] + 1 : fallback
  }

  /// Reads the chunk at `index` (and the chunks read with it); returns the index after them.
  private func readChunk(
    _ chunks: [Chunk], at index: Int, _ out: inout SpokenLine, _ state: inout ReadingState
  ) -> Int {
    let chunk = chunks[index]
    lead(chunk.lead, into: &out)
    var last = index
    if let (spoken, count) = phrase(chunks, at: index) {
      out.word(spoken)
      last = index + count - 1
      state.advance(.words(chunks[index...last].map(\.core)), as: .phrase)
    } else if chunk.core.utf8.count > 1 || initial(chunks, at: index, state) == nil,
      let spoken = abbreviationWithDot(chunk, isLast: index == chunks.count - 1)
    {
      out.word(spoken)
      state.advance(.word(chunk.core), as: .abbreviation)
      trail(chunk.trail.dropFirst(), into: &out)
      state.close(trail: chunk.trail.dropFirst())
      return index + 1
    } else if chunk.startsWithDigit, let (spoken, count) = spacedAmount(chunks, at: index) {
      out.word(spoken)  // "1 000 000 đồng"
      state.advance(.amount, as: .amount)
      last = index + count - 1
    } else if chunk.isDigits, let spoken = spacedDate(chunks, at: index) {
      out.word(spoken)  // "20 - 11 - 2026"
      state.advance(.marker("#"), as: .date)
      last = index + 4
    } else if chunk.core.utf8.count <= 3, let road = roadName(chunks, at: index, state) {
      out.word(road)  // "ĐT 354", "QL 5": a road and its number
      state.advance(.marker("lộ"), as: .abbreviation)
    } else if chunk.core.utf8.count <= 2 || chunk.core.utf8.contains(0x2E),
      readInitials(chunks, at: index, &out, &state)
    {
      return index + 1
    } else {
      let nextIsNumber = index + 1 < chunks.count && chunks[index + 1].startsWithDigit
      look(ahead: chunks, from: index, &state)
      read(chunk, nextIsNumber: nextIsNumber, &out, &state)
      if chunk.startsWithDigit, chunk.trail.isEmpty, let end = numberInWords(chunks, after: index) {
        // "01 (một) bộ": the number written again in words is said once.
        let marks = chunks[end].trail.dropFirst()
        trail(marks, into: &out)
        state.close(trail: marks)
        return end + 1
      }
    }
    trail(chunks[last].trail, into: &out)
    state.close(trail: chunks[last].trail)
    return last + 1
  }

  /// "*101#", "#123*": keys read one by one ("sao", "thăng", digits); `nil` for other text.
  private func keypadCode(_ core: Substring) -> String? {
    guard core.utf8.count >= 3, core.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    var words: [String] = []
    for byte in core.utf8 {
      switch byte {
      case 0x2A: words.append("sao")
      case 0x23: words.append("thăng")
      case 0x30...0x39: words.append(CardinalReader.digitNames[Int(byte - 0x30)])
      default: return nil
      }
    }
    return words.joined(separator: " ")
  }

  /// An operator lexicon entry or a built-in foreign phrase at `index`.
  private func phrase(_ chunks: [Chunk], at index: Int) -> (String, Int)? {
    if !lexicon.isEmpty, let found = lexicon.match(chunks, at: index) {
      return (found.spoken, found.count)
    }
    guard chunks[index].trail.isEmpty, index + 1 < chunks.count else { return nil }
    if AbbreviationTable.mayStartPhrase(chunks[index].core), chunks[index + 1].lead.isEmpty,
      let spoken = AbbreviationTable.phrases[
        [String(chunks[index].core), String(chunks[index + 1].core)]]
    {
      return (spoken, 2)  // "BCH QS"
    }
    guard ForeignWordTable.mayStartPhrase(chunks[index].core) else { return nil }
    let next = chunks[index + 1]
    guard next.lead.isEmpty else { return nil }
    let key = [chunks[index].core.lowercased(), next.core.lowercased()]
    guard let spoken = ForeignWordTable.phrases[key] else { return nil }
    return (ForeignWordTable.matchCase(spoken, like: chunks[index].core), 2)
  }

  /// "TP." or "v.v.": an abbreviation that owns its dot (kept at the end of the line).
  private func abbreviationWithDot(_ chunk: Chunk, isLast: Bool) -> String? {
    guard chunk.trail.hasBytes(prefix: "."),
      !(isLast && chunk.trail == ".") || chunk.core.utf8.contains(0x2E)
    else { return nil }
    return AbbreviationTable.lookup(Substring(chunk.core + "."))
  }

  /// "1 000 000 đồng": thousands grouped with spaces, before a currency or counted word.
  private func spacedAmount(_ chunks: [Chunk], at index: Int) -> (String, Int)? {
    let first = chunks[index]
    guard first.isDigits, first.core.utf8.count <= 3, first.trail.isEmpty, first.core.first != "0",
      index + 2 < chunks.count, chunks[index + 1].isDigits, chunks[index + 1].core.utf8.count == 3
    else { return nil }
    var whole = String(first.core)
    var next = index + 1
    while next < chunks.count, chunks[next].isDigits, chunks[next].core.utf8.count == 3,
      chunks[next].lead.isEmpty
    {
      whole += chunks[next].core
      next += 1
      if !chunks[next - 1].trail.isEmpty { break }
    }
    guard next < chunks.count, chunks[next - 1].trail.isEmpty,
      let noun = chunks[next].core.split(separator: "/").first,
      ContextWord.roles(of: noun.lowercased()).contains(.amountNoun)
    else { return nil }
    return (numbers.cardinal(Substring(whole)), next - index)
  }

  /// "20 - 11 - 2026", "20 / 11 / 2026": a date written with spaces around its separators.
  private func spacedDate(_ chunks: [Chunk], at index: Int) -> String? {
    guard index + 4 < chunks.count else { return nil }
    let day = chunks[index]
    let month = chunks[index + 2]
    let year = chunks[index + 4]
    func separator(_ chunk: Chunk) -> Bool {
      chunk.lead.isEmpty && chunk.trail.isEmpty && (chunk.core.isDash || chunk.core.isBytes("/"))
    }
    guard day.trail.isEmpty, separator(chunks[index + 1]), month.isDigits, month.trail.isEmpty,
      separator(chunks[index + 3]), year.isDigits, DateReader.isYear(year.core),
      DateReader.isDayMonth(day.core, month.core)
    else { return nil }
    return dates.date(day: day.core, month: month.core, year: year.core)
  }

  /// "ĐT 354", "QL 5", "TL 353": a road prefix written apart from its number; "ĐT" (also
  /// "điện thoại") only after "đường" or before a short number without a leading zero.
  private func roadName(_ chunks: [Chunk], at index: Int, _ state: ReadingState) -> String? {
    let chunk = chunks[index]
    guard chunk.trail.isEmpty, index + 1 < chunks.count, chunks[index + 1].startsWithDigit,
      let road = Self.roads[String(chunk.core)]
    else { return nil }
    let next = chunks[index + 1].core
    let afterRoad = state.last == "đường"
    if chunk.core.isBytes("ĐT"), !afterRoad, next.utf8.count > 3 || next.hasPrefix("0") {
      return nil
    }
    return afterRoad && road.hasPrefix("đường ") ? String(road.dropFirst(6)) : road
  }

  /// The index of the chunk closing "(một)", "(mười hai)" when it repeats the number at
  /// `index` in words; `nil` otherwise.
  private func numberInWords(_ chunks: [Chunk], after index: Int) -> Int? {
    guard index + 1 < chunks.count, chunks[index + 1].lead == "(",
      chunks[index].core.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E })
    else { return nil }
    let said = numbers.cardinal(Substring(chunks[index].core.filter { $0 != "." }))
    var words: [Substring] = []
    var end = index + 1
    while end < chunks.count, end - index <= 6 {
      words.append(chunks[end].core)
      if chunks[end].trail.hasBytes(prefix: ")") { break }
      guard chunks[end].trail.isEmpty else { return nil }
      end += 1
    }
    guard end < chunks.count, chunks[end].trail.hasBytes(prefix: ")") else { return nil }
    // Either region's words may be written: "nghìn" or "ngàn", "linh" or "lẻ".
    func plain(_ text: String) -> String {
      text.replacingAll("ngàn", with: "nghìn").replacingAll("lẻ", with: "linh")
    }
    return plain(words.joined(separator: " ").lowercased()) == plain(said) ? end : nil
  }

  /// What the reader needs to know of the next chunks: "Thứ 2 - Thứ 6", "12/12 thôn", "Ô TÔ".
  private func look(ahead chunks: [Chunk], from index: Int, _ state: inout ReadingState) {
    let core = chunks[index].core
    let hasNext = index + 1 < chunks.count
    // "Thứ 2 - Thứ 6": the range goes on to a numbered day word.
    state.nextIsNumberedDay =
      core.isDash && index + 2 < chunks.count && chunks[index + 2].startsWithDigit
      && ContextWord.roles(of: chunks[index + 1].core.lowercased()).contains(.numberedDay)
    state.nextWord = ""
    // Also when the core only ends with a letter ("7Ū Ứƺ" reads "bảy Ū" as "Ū Ứƺ" would).
    state.nextCore = hasNext ? chunks[index + 1].core : ""
    if hasNext, chunks[index].startsWithDigit, chunks[index].trail.isEmpty {
      state.nextWord = VietnameseLowercase.lowercased(chunks[index + 1].core)
    }
  }

  private func lead(_ marks: Substring, into out: inout SpokenLine) {
    for mark in marks where mark == "(" || mark == "[" || mark == "{" { out.pause(",") }
  }

  /// Says a chunk's closing marks: brackets as commas, the pause marks as themselves.
  ///
  /// `marks` is (a part of) a chunk's trail, ASCII by construction (``Chunk/isTrail(_:)``):
  /// it is read as bytes, with no grapheme breaking.
  func trail(_ marks: Substring, into out: inout SpokenLine) {
    for byte in marks.utf8 {
      switch byte {
      case 0x29, 0x5D, 0x7D: out.pause(ascii: 0x2C)
      case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F: out.pause(ascii: byte)
      default: break
      }
    }
  }

  /// Reads one chunk core.
  private func read(
    _ chunk: Chunk, nextIsNumber: Bool, _ out: inout SpokenLine, _ state: inout ReadingState
  ) {
    let core = chunk.core
    if core.isEmpty { return }
    let shape = WordShape(core)
    if core.isBytes("phút"),
      out.hasSuffix(" phút") || (state.last == "#" && out.hasSuffix(" giờ"))
    {
      return  // "6h30 phút": the time already says it; "17 giờ 00 phút": no minutes to say.
    }
    if core.utf8.count == 1, core.isBytes("x") || core.isBytes("X"), state.last == "#",
      nextIsNumber
    {
      out.word("nhân")  // "2 x 3 m", "1,2m x 2,4m"
      state.advance(.sign, as: .unit)
      return
    }
    if shape.isLetters {
      readWord(chunk, shape, &out, &state)
      return
    }
    // No foreign word or bare unit starts with a digit: numbers skip those lookups.
    let digitFirst = chunk.startsWithDigit
    if let spoken = AbbreviationTable.lookup(core)
      ?? (digitFirst ? nil : ForeignWordTable.respell(core))
      ?? (!digitFirst && Self.standaloneUnits.contains(core)
        ? UnitTable.lookup(core, dialect: dialect) : nil)
    {
      out.word(spoken)
      state.advance(.word(core), as: digitFirst ? .unit : .abbreviation)
      return
    }
    if core.isDash {
      let between = state.afterNumber && (nextIsNumber || state.nextIsNumberedDay)
      if between { out.word("đến") } else { out.pause(",") }
      state.advance(.dash, as: between ? .range : .punctuation)
      return
    }
    if let first = core.utf8.first, first == 0x2A || first == 0x23, let code = keypadCode(core) {
      out.word(code)  // "*101#": a keypad code
      state.advance(.marker("#"), as: .code)
      return
    }
    if WebAddressReader.isAddress(core) {
      out.word(web.read(core))
      state.advance(.marker("@"), as: .address)
      return
    }
    state.nextChunkIsNumber = nextIsNumber
    readPieces(Piece.scan(core), chunk: chunk, &out, &state)
  }
}
