/// Cores with digits or symbols: walked piece by piece ("6h30", "2,5%", "COVID-19", "xã/phường").
extension LineExpander {
  /// Reads the pieces of one chunk core.
  func readPieces(
    _ pieces: [Piece], chunk: Chunk, _ out: inout SpokenLine, _ state: inout ReadingState
  ) {
    if let document = documents.read(pieces, saysSo: state.last == "số") {
      out.word(document.number)
      out.pause(",")
      out.word(document.code)
      state.remember(word: "#")
      state.afterNumber = false
      state.phoneOpen = false
      return
    }
    var index = 0
    var afterNumber = state.afterNumber
    var afterUnit = false
    var phone = false
    while index < pieces.count {
      switch pieces[index] {
      case .number:
        let reading = readNumber(pieces, at: index, state)
        if reading.isPhone, state.phoneOpen, index == 0 { out.pause(",") }
        out.word(reading.spoken)
        index += reading.consumed
        phone = reading.isPhone
        afterNumber = true
        state.remember(word: "#")
        if let (unit, count) = unitSuffix(pieces, at: index) {
          out.word(unit)
          index += count
          afterNumber = false
          afterUnit = true
        }
        continue
      case .word(let letters):
        if afterNumber, let (unit, count) = unitSuffix(pieces, at: index) {
          out.word(unit)
          index += count
          afterUnit = true
        } else {
          out.word(spokenWord(letters, state, afterNumber: false))
          state.remember(letters)
          index += 1
          afterUnit = false
        }
        afterNumber = false
        phone = false
        continue
      case .symbol(let symbol):
        if afterNumber, let (unit, count) = unitSuffix(pieces, at: index) {
          out.word(unit)
          index += count
          afterNumber = false
          afterUnit = true
        } else if symbol == "/", afterUnit, index + 1 < pieces.count, pieces[index + 1].letters != nil {
          // "đồng/hộ", "đ/kg": a rate, read "đồng một hộ", "đồng một ki lô gam".
          out.word("một")
          index += 1
          afterNumber = true
          afterUnit = false
        } else if (symbol == "-" || symbol == "–") && (afterNumber || afterUnit) && index > 0,
          index + 1 < pieces.count, pieces[index + 1].digits != nil
        {
          // "7h-11h", "5km-10km": a range.
          out.word("đến")
          index += 1
          afterNumber = false
          afterUnit = false
        } else if symbol == "/", index > 0, index + 1 < pieces.count,
          let year = pieces[index + 1].digits, DateReader.isYear(year), pieces[index - 1].digits == nil
        {
          // "quý I/2026": of the year.
          out.word("năm")
          index += 1
          afterNumber = false
          afterUnit = false
        } else {
          index += readSymbol(symbol, pieces, at: index, &out, state)
          afterNumber = false
          afterUnit = false
        }
        phone = false
      }
    }
    state.afterNumber = afterNumber
    state.phoneOpen = phone
  }

  /// A unit or currency written right after a number: "km/h", "m2", "m²", "°C", "%", "đ".
  func unitSuffix(_ pieces: [Piece], at index: Int) -> (String, Int)? {
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
    case "$" where nextIsNumber:
      let reading = readNumber(pieces, at: index + 1, state)
      out.word(reading.spoken + " đô la")
      return 1 + reading.consumed
    case "/" where index > 0 && index + 1 < pieces.count: out.pause(",")
    case ".", ",", ";", ":", "!", "?": out.pause(symbol)
    default:
      if let spoken = Self.symbolWords[symbol] { out.word(spoken) }
    }
    return 1
  }

  /// Symbols read as words.
  static let symbolWords: [Character: String] = [
    "%": "phần trăm", "&": "và", "+": "cộng", "=": "bằng", "@": "a còng", "°": "độ",
    "~": "khoảng", ">": "lớn hơn", "<": "nhỏ hơn", "≥": "lớn hơn hoặc bằng",
    "≤": "nhỏ hơn hoặc bằng", "×": "nhân", "№": "số", "$": "đô la", "€": "ơ rô", "½": "một nửa",
    "²": "hai", "³": "ba",
  ]
}
