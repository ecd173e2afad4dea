/// Reads official document numbers as an announcer does, never as letter soup.
///
/// Convention: "số", the number, the year when given, a comma, then the document type and the
/// issuing body in words: "117/KH-UBND" → "số một trăm mười bảy, kế hoạch của ủy ban nhân
/// dân"; "134/2025/QH15" → "số một trăm ba mươi tư năm hai nghìn không trăm hai mươi lăm, quốc
/// hội khóa mười lăm"; "39/2020/TT-BTTTT" → "số ba mươi chín năm …, thông tư của bộ thông tin
/// và truyền thông". "số" is not repeated when the text already says it ("Luật số 134/…"), nor
/// the type when the text has just named it: "Quyết định số 367/QĐ-TTg" → "Quyết định số ba
/// trăm sáu mươi bảy của thủ tướng chính phủ". An office number with a leading zero is read
/// digit by digit ("PV01" → "pê vê không một").
///
/// Nothing is said twice or invented: "số" is added only where the text writes neither "số" nor
/// a document word before the number ("Quyết định 367/QĐ-TTg" → "Quyết định ba trăm sáu mươi
/// bảy của thủ tướng chính phủ"), and an issuer the sentence has already named is left out
/// ("Thủ tướng Chính phủ ban hành Quyết định 367/QĐ-TTg" → "… Quyết định ba trăm sáu mươi bảy").
struct DocumentNumberReader: Sendable {
  /// Reads the numbers.
  let numbers: CardinalReader

  /// Document types (the first code part) → spoken form.
  static let types: [String: String] = [
    "KH": "kế hoạch", "QĐ": "quyết định", "TT": "thông tư", "NĐ": "nghị định",
    "NQ": "nghị quyết", "CT": "chỉ thị", "CV": "công văn", "TB": "thông báo", "BC": "báo cáo",
    "TTr": "tờ trình", "HD": "hướng dẫn", "KL": "kết luận", "L": "lệnh", "QC": "quy chế",
    "QyĐ": "quy định", "CĐ": "công điện", "GP": "giấy phép", "PA": "phương án",
    "CTr": "chương trình", "HĐ": "hợp đồng", "BB": "biên bản", "TTLT": "thông tư liên tịch",
    "NQLT": "nghị quyết liên tịch", "QĐi": "quy định", "TTg": "thủ tướng chính phủ",
  ]

  /// Code parts that name a body or office and are not in the abbreviation table.
  static let bodies: [String: String] = [
    "VX": "văn xã", "VP": "văn phòng", "VHXH": "văn hóa xã hội", "KT": "kinh tế",
    "NC": "nội chính", "TCCB": "tổ chức cán bộ", "TU": "tỉnh ủy", "HU": "huyện ủy",
    "ĐU": "đảng ủy", "BTV": "ban thường vụ", "VHTT": "văn hóa thông tin",
  ]

  /// Words before a number that name a document, besides the types: "Luật 134/2025/QH15".
  static let documentWords: [String] = [
    "luật", "bộ luật", "văn bản", "pháp lệnh", "hiến pháp", "mẫu", "công văn",
  ]

  /// Reads `pieces` as a document number; `nil` when they do not have that shape.
  ///
  /// Returns the number part and the code part, to be joined by a comma pause.
  /// `typeSaid` tells whether the text just said a phrase ("Quyết định số 367/QĐ-TTg"): then
  /// the type is not repeated and the issuer follows the number without a pause ("… ba trăm
  /// sáu mươi bảy của thủ tướng chính phủ"); `separate` is then `false`. "số" is added only when
  /// the text says neither it (`saysSo`) nor a document word just before (`last` is the word
  /// just before, folded). `issuerSaid` tells
  /// whether the sentence has already said a spoken phrase: such an issuer is not repeated.
  func read(
    _ pieces: [Piece], saysSo: Bool, last: String = "", typeSaid: (String) -> Bool = { _ in false },
    issuerSaid: (String) -> Bool = { _ in false }
  ) -> (number: String, code: String, separate: Bool)? {
    guard pieces.count >= 3, let number = pieces[0].digits else { return nil }
    var index = 1
    var year: Substring?
    if pieces.count >= 5, pieces[1].isSymbol("/"), let digits = pieces[2].digits,
      DateReader.isYear(digits), pieces[3].isSymbol("/") || pieces[3].isSymbol("-")
    {
      year = digits
      index = 3
    }
    guard pieces[index].isSymbol("/") || pieces[index].isSymbol("-") else { return nil }
    let code = Array(pieces[(index + 1)...])
    guard isCode(code) else { return nil }
    let named =
      saysSo || Self.namesDocument(last: last, typeSaid)
    var head = (named ? "" : "số ") + numbers.cardinal(number)
    if let year { head += " năm " + numbers.cardinal(year) }
    let spoken = readCode(code, typeSaid: typeSaid, issuerSaid: issuerSaid)
    return (head, spoken.text, !spoken.omitsType && !spoken.text.isEmpty)
  }

  /// Whether the words just before name a document ("Quyết định", "Luật", "Văn bản").
  static func namesDocument(last: String, _ said: (String) -> Bool) -> Bool {
    documentWordsByEnd[Substring(last)]?.contains(where: said) ?? false
  }

  /// The document words and the spoken types, longest first.
  static let allDocumentWords: [String] = Set(documentWords + types.values).sorted {
    ($0.utf8.count, $0) > ($1.utf8.count, $1)
  }

  /// The document words and types by their last word: only those can end the words before.
  static let documentWordsByEnd: [Substring: [String]] = Dictionary(
    grouping: allDocumentWords, by: { $0.split(separator: " ").last ?? "" })

  private func isCode(_ pieces: [Piece]) -> Bool {
    guard let first = pieces.first, let letters = first.letters,
      letters.contains(where: { $0.isUppercase })
    else { return false }
    return pieces.allSatisfy { piece in
      switch piece {
      case .word, .number: return true
      case .symbol(let symbol):
        return symbol == "-" || symbol == "/" || symbol == "&" || symbol == "."
      }
    }
  }

  private func readCode(
    _ pieces: [Piece], typeSaid: (String) -> Bool, issuerSaid: (String) -> Bool
  ) -> (text: String, omitsType: Bool) {
    var groups: [[Piece]] = [[]]
    for piece in pieces {
      if piece.isSymbol("-") || piece.isSymbol("/") {
        groups.append([])
      } else {
        groups[groups.count - 1].append(piece)
      }
    }
    groups.removeAll { $0.isEmpty }
    guard let first = groups.first else { return ("", false) }
    let firstText = text(of: first)
    if groups.count >= 2, let type = Self.types[firstText], firstText != "TTg" {
      // A joint document ("TTLT-BCA-BQP") has several issuers: "bộ công an và bộ quốc phòng".
      let joint = firstText == "TTLT" || firstText == "NQLT"
      let body = groups.dropFirst().map(readGroup).joined(separator: joint ? " và " : " ")
      // "Thủ tướng Chính phủ đã ban hành Quyết định 367/QĐ-TTg": the issuer is said once.
      let issuer = issuerSaid(body) ? "" : "của " + body
      if typeSaid(type) { return (issuer, true) }
      return (issuer.isEmpty ? type : type + " " + issuer, false)
    }
    let body = groups.map(readGroup).joined(separator: " ")
    // "Quốc hội khóa XV đã thông qua Luật …, số 134/2025/QH15": "quốc hội khóa mười lăm" once.
    return (issuerSaid(body) ? "" : body, false)
  }

  private func text(of group: [Piece]) -> String {
    group.map { piece -> String in
      switch piece {
      case .word(let letters): return String(letters)
      case .number(let digits): return String(digits)
      case .symbol(let symbol): return String(symbol)
      }
    }.joined()
  }

  private func readGroup(_ group: [Piece]) -> String {
    let whole = text(of: group)
    if let known = Self.types[whole] ?? Self.bodies[whole] ?? AbbreviationTable.entries[whole] {
      return known
    }
    var words: [String] = []
    for (offset, piece) in group.enumerated() {
      switch piece {
      case .word(let letters):
        words.append(
          Self.bodies[String(letters)] ?? AbbreviationTable.entries[String(letters)]
            ?? LetterSpeller.spell(letters))
      case .number(let digits):
        let afterQH = offset > 0 && group[offset - 1].letters == "QH"
        // "PV01": an office number with a leading zero is read digit by digit.
        let spoken =
          digits.hasPrefix("0") && digits.count > 1
          ? numbers.digitByDigit(digits) : numbers.cardinal(digits)
        words.append((afterQH ? "khóa " : "") + spoken)
      case .symbol(let symbol):
        if symbol == "&" { words.append("và") }
      }
    }
    return words.joined(separator: " ")
  }
}
