/// Cores with digits or symbols: walked piece by piece ("6h30", "2,5%", "COVID-19", "xã/phường").
extension LineExpander {
  /// Reads the pieces of one chunk core.
  func readPieces(
    _ pieces: [Piece], chunk: Chunk, _ out: inout SpokenLine, _ state: inout ReadingState
  ) {
    if pieces.count == 2, let letters = pieces[0].letters, let digits = pieces[1].digits,
      digits.hasBytes(prefix: "0"), (1...3).contains(letters.count),
      letters.allSatisfy({ $0.isASCII && $0.isUppercase })
    {
      // "PA05", "PC02": an office code, letters by name and digits one by one.
      out.word(LetterSpeller.spell(letters) + " " + numbers.digitByDigit(digits))
      state.advance(.marker("#"), as: .code)
      return
    }
    if let plate = plates.read(pieces) {
      out.word(plate)
      state.advance(.marker("#"), as: .plate)
      return
    }
    let last = state.lastFolded()
    if let document = documents.read(
      pieces, saysSo: last.isBytes("số"), last: last, typeSaid: { state.saidBefore($0) },
      issuerSaid: { [out] in out.saidInSentence($0) })
    {
      var code = document.code
      // "117/KH-UBND của UBND thành phố": the text names the issuer itself; say it once.
      if state.nextWord.isBytes("của"), let issuer = code.firstRange(of: "của ") {
        code = String(code[..<issuer.lowerBound]).trimmingSpaces()
      }
      out.word(document.number)
      if document.separate && !code.isEmpty { out.pause(",") }
      out.word(code)
      state.advance(.marker("#"), as: .document)
      return
    }
    var walk = PieceWalk(
      afterNumber: state.afterNumber, trailStartsWithDot: chunk.trail.hasBytes(prefix: "."))
    while walk.index < pieces.count {
      switch pieces[walk.index] {
      case .number: readNumberPiece(pieces, &walk, &out, &state)
      case .word(let letters): readWordPiece(letters, pieces, &walk, &out, &state)
      case .symbol(let symbol): readSymbolPiece(symbol, pieces, &walk, &out, state)
      }
    }
    let step = ReadingStep.pieces(
      afterNumber: walk.afterNumber, phoneDigitsLeft: walk.phoneDigitsLeft,
      afterDate: walk.afterDate)
    state.advance(step, as: walk.numbers == 1 ? walk.numberClass ?? .mixed : .mixed)
  }

  /// Where the walk over a core's pieces stands.
  struct PieceWalk {
    var index = 0
    /// The last piece read was a number: a unit may follow.
    var afterNumber: Bool
    /// The last piece read was a unit or currency: "/" means "per".
    var afterUnit = false
    /// Digits still expected after a phone number group (0 when none).
    var phoneDigitsLeft = 0
    /// Whether the last number read was a "d-m" date (`nil` before any number).
    var afterDate: Bool?
    /// How many numbers were read, and the class of the first.
    var numbers = 0
    var numberClass: TextClass?
    /// The chunk's trail begins with a dot ("?I." has the core "?I").
    var trailStartsWithDot = false
  }

  private func readNumberPiece(
    _ pieces: [Piece], _ walk: inout PieceWalk, _ out: inout SpokenLine,
    _ state: inout ReadingState
  ) {
    let reading = readNumber(pieces, at: walk.index, &state)
    walk.afterDate = reading.isDate
    walk.numbers += 1
    if walk.numberClass == nil { walk.numberClass = reading.kind.textClass }
    if reading.isPhone, state.phoneOpen, walk.index == 0 { out.pause(",") }
    out.word(reading.spoken)
    walk.index += reading.consumed
    walk.phoneDigitsLeft = reading.isPhone ? reading.phoneDigitsLeft : 0
    walk.afterNumber = true
    walk.afterUnit = false
    state.remember(word: "#")
    if let (unit, count) = unitSuffix(pieces, at: walk.index) {
      out.word(unit)
      walk.index += count
      walk.afterNumber = false
      walk.afterUnit = true
      // "1tr5", "2tr35": the digits after "tr" are hundreds of thousands.
      if unit == "triệu", walk.index + 1 == pieces.count, let rest = pieces[walk.index].digits,
        rest.count <= 3
      {
        let padded = rest + String(repeating: "0", count: 3 - rest.count)
        out.word(numbers.cardinal(Substring(padded)) + " " + dialect.thousand)
        walk.index += 1
      }
    }
  }

  private func readWordPiece(
    _ letters: Substring, _ pieces: [Piece], _ walk: inout PieceWalk, _ out: inout SpokenLine,
    _ state: inout ReadingState
  ) {
    let index = walk.index
    let betweenNumbers =
      index > 0 && index + 1 < pieces.count && pieces[index - 1].digits != nil
      && pieces[index + 1].digits != nil
    let dotted =
      index + 2 < pieces.count && pieces[index + 1].isSymbol(".")
      ? AbbreviationTable.lookup(Substring(letters + ".")) : nil
    let road = Self.roads[String(letters)]
    if let road, index + 1 < pieces.count,
      pieces[index + 1].digits != nil
        || (index + 2 < pieces.count && pieces[index + 1].isSymbol(".")
          && pieces[index + 2].digits != nil)
    {
      // "ĐT.354", "QL10", "TL.353": a road and its number ("Đường ĐT.354" says "đường" once).
      out.word(
        state.last.isBytes("đường") && road.hasPrefix("đường ") ? String(road.dropFirst(6)) : road)
      state.remember(word: "lộ")  // not "ĐT" (điện thoại), which would make a phone
      walk.index += pieces[index + 1].isSymbol(".") ? 2 : 1
    } else if let dotted {
      out.word(dotted)  // "Q.1", "Tp.Hải Phòng": the abbreviation owns its dot.
      state.remember(letters)
      walk.index += 2
    } else if letters == "đ", ContextWord.roles(of: state.last).contains(.amount) {
      out.word("đồng")  // "50 nghìn đ/kg"
      state.remember(letters)
      walk.index += 1
      walk.afterUnit = true
      walk.afterNumber = false
      walk.phoneDigitsLeft = 0
      return
    } else if letters == "x" && betweenNumbers {
      out.word("nhân")  // "3x4m": dimensions.
      walk.index += 1
    } else if letters == "x", index == 0, pieces.count == 2, pieces[1].digits != nil {
      out.word("gấp")  // "tăng x3": a multiplier.
      walk.index += 1
    } else if walk.afterNumber, let (unit, count) = unitSuffix(pieces, at: walk.index) {
      out.word(unit)
      walk.index += count
      walk.afterUnit = true
    } else {
      // "?I. Mở đầu": a heading number is one whether its dot ends a chunk or a piece.
      let dot =
        out.isEmpty
        && (index + 1 < pieces.count
          ? pieces[index + 1].isSymbol(".") : walk.trailStartsWithDot)
      out.word(spokenWord(letters, state, afterNumber: false, endsWithDot: dot))
      state.remember(letters)
      walk.index += 1
      walk.afterUnit = false
    }
    walk.afterNumber = false
    walk.phoneDigitsLeft = 0
  }

  private func readSymbolPiece(
    _ symbol: Character, _ pieces: [Piece], _ walk: inout PieceWalk, _ out: inout SpokenLine,
    _ state: ReadingState
  ) {
    let index = walk.index
    let next: Piece? = index + 1 < pieces.count ? pieces[index + 1] : nil
    let nextIsYear = next?.digits.map(DateReader.isYear) ?? false
    walk.phoneDigitsLeft = 0
    if walk.afterNumber, let (unit, count) = unitSuffix(pieces, at: index) {
      out.word(unit)
      walk.index += count
      walk.afterNumber = false
      walk.afterUnit = true
      return
    }
    // "con/m²": the rest of the core is a unit, so "/" is "per".
    let perUnit =
      next?.letters != nil
      && unitSuffix(pieces, at: index + 1).map { index + 1 + $0.1 == pieces.count } == true
    let perWord =
      perUnit || (next?.letters.map { Self.perWords.contains($0.lowercased()) } ?? false)
    let afterCurrency =
      index > 0
      && (pieces[index - 1].letters.map { Self.currencies.contains($0.lowercased()) } ?? false)
    if symbol == "/", walk.afterUnit || afterCurrency || (perWord && index > 0),
      next?.letters != nil
    {
      // "đồng/hộ", "đ/kg": a rate, read "đồng một hộ", "đồng một ki lô gam".
      out.word("một")
      walk.index += 1
      walk.afterNumber = true
      walk.afterUnit = false
      return
    }
    if symbol == "-" || symbol == "–", walk.afterNumber || walk.afterUnit, index > 0,
      next?.digits != nil
    {
      out.word("đến")  // "7h-11h", "5km-10km": a range.
    } else if symbol == "/", index > 0, nextIsYear, pieces[index - 1].digits == nil {
      out.word("năm")  // "quý I/2026": of the year.
    } else {
      walk.index += readSymbol(symbol, pieces, at: index, &out, state) - 1
    }
    walk.index += 1
    walk.afterNumber = false
    walk.afterUnit = false
  }

  /// A unit or currency written right after a number: "km/h", "m2", "m²", "°C", "%", "đ".
  func unitSuffix(_ pieces: [Piece], at index: Int) -> (String, Int)? {
    // "5K", "4K": one digit and a capital K is a name ("năm ca"); "100K" is an amount.
    if index > 0, index < pieces.count, pieces[index].letters == "K",
      pieces[index - 1].digits?.count == 1
    {
      return nil
    }
    for length in stride(from: min(3, pieces.count - index), through: 1, by: -1) {
      var written = ""
      for piece in pieces[index..<(index + length)] {
        switch piece {
        case .word(let letters): written += letters
        case .number(let digits): written += digits
        case .symbol(let symbol): written.append(symbol)
        }
      }
      let end = index + length
      if end < pieces.count, pieces[end].letters != nil { continue }
      if let unit = UnitTable.lookup(Substring(written), dialect: dialect) { return (unit, length) }
    }
    return nil
  }

  /// One symbol between other pieces; returns how many pieces it used.
  private func readSymbol(
    _ symbol: Character, _ pieces: [Piece], at index: Int, _ out: inout SpokenLine,
    _ state: ReadingState
  ) -> Int {
    let nextIsNumber = index + 1 < pieces.count && pieces[index + 1].digits != nil
    switch symbol {
    case "-" where index == 0 && nextIsNumber && !state.afterNumber: out.word("âm")
    case "×" where index == 0 && nextIsNumber: out.word("gấp")  // "×2": a multiplier
    case "#"
    where index == 0 && pieces.count == 2 && pieces[1].letters?.allSatisfy(\.isASCII) == true:
      // "#congan": a hashtag without marks, read as the words it writes ("công an").
      out.word(web.readLabel(String(pieces[1].letters ?? "")))
      return 2
    case "$" where nextIsNumber:
      var copy = state
      let reading = readNumber(pieces, at: index + 1, &copy)
      out.word(reading.spoken + " đô la")
      return 1 + reading.consumed
    case "/" where index > 0 && index + 1 < pieces.count: out.pause(",")
    case "." where index > 0 && nextIsNumber: out.word("chấm")  // "Mục III.2"
    case "." where index == 0 && index + 1 < pieces.count && pieces[index + 1].letters != nil:
      // "đuôi .xyz": a domain ending, read as in a web address.
      out.word("chấm " + web.readLabel(String(pieces[index + 1].letters ?? "")))
      return 2
    case ".", ",", ";", ":", "!", "?": out.pause(symbol)
    default:
      if let spoken = Self.symbolWords[symbol] { out.word(spoken) }
    }
    return 1
  }

  /// Road prefixes read before a road number ("ĐT.354" → "đường tỉnh ba trăm năm mươi tư").
  static let roads: [String: String] = [
    "QL": "quốc lộ", "ĐT": "đường tỉnh", "TL": "tỉnh lộ", "HL": "hương lộ", "ĐH": "đường huyện",
    "Km": "ki lô mét", "KM": "ki lô mét",
  ]

  /// Currency words before "/" that make a rate ("đồng/lượng").
  static let currencies: Set<String> = ["đồng", "đ", "usd", "vnđ", "vnd"]

  /// Words after "/" that make a rate ("đồng/người/năm" → "đồng một người một năm").
  static let perWords: Set<String> = [
    "người", "năm", "tháng", "ngày", "tuần", "giờ", "phút", "hộ", "lượt", "kg", "km", "tấn", "ha",
    "sào", "lít", "suất", "khẩu", "con", "chiếc", "lần", "buổi", "ca", "tiết", "trang", "cái",
    "bộ", "m2", "m²", "mẫu", "gói", "hộp", "thùng", "xe", "lượng", "chỉ", "bao", "cây", "thẻ",
    "m3", "m³", "kWh", "số", "phòng", "đêm", "vé",
  ]

  /// Symbols read as words.
  static let symbolWords: [Character: String] = [
    "%": "phần trăm", "&": "và", "+": "cộng", "=": "bằng", "@": "a còng", "°": "độ",
    "~": "khoảng", ">": "lớn hơn", "<": "nhỏ hơn", "≥": "lớn hơn hoặc bằng",
    "≤": "nhỏ hơn hoặc bằng", "×": "nhân", "№": "số", "$": "đô la", "€": "ơ rô", "½": "một nửa",
    "²": "hai", "³": "ba", "±": "cộng trừ",
  ]
}
