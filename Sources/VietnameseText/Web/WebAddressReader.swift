/// Reads web addresses and e-mail addresses: "tinnhiemmang.vn" → "tín nhiệm mạng chấm vê en".
///
/// "." is "chấm", "@" is "a còng", "/" "gạch chéo", "-" "gạch ngang", "_" "gạch dưới"; the
/// scheme ("https://") is not read. Labels are read from a table of known names, else split into
/// Vietnamese syllables when they are written Vietnamese without marks, else spelled.
struct WebAddressReader: Sendable {
  /// Reads digits inside addresses.
  let numbers: CardinalReader

  static let topLevel: Set<String> = [
    "vn", "com", "net", "org", "gov", "edu", "info", "io", "biz", "asia", "int", "online", "xyz",
    "top", "site", "shop", "app", "me", "co", "cc", "club", "live", "pro",
  ]

  /// ``labels`` indexed by UTF-8 bytes.
  static let index = UTF8Table(labels)

  static let labels: [String: String] = [
    "tinnhiemmang": "tín nhiệm mạng", "khonggianmang": "không gian mạng", "vn": "vê en",
    "com": "com", "net": "nét", "org": "o rờ gờ", "gov": "gờ o vê", "edu": "e đu",
    "www": "vê kép vê kép vê kép", "dichvucong": "dịch vụ công", "chinhphu": "chính phủ",
    "canhbao": "cảnh báo", "haiphong": "hải phòng", "baohaiphong": "báo hải phòng",
    "congan": "công an", "bocongan": "bộ công an",
    "baohiemxahoi": "bảo hiểm xã hội", "vneid": "vê nê ai đi", "gmail": "gờ meo",
    "facebook": "phây búc", "zalo": "da lô", "youtube": "diu túp", "google": "gu gồ",
    "tiktok": "tích tóc", "info": "in phô", "mic": "em i xê", "mps": "em pê ét",
    "ais": "a i ét", "vncert": "vê en xơ", "moh": "em o hát", "mof": "em o ép",
    "most": "em o ét tê", "sbv": "ét bê vê", "vtv": "vê tê vê", "vov": "vê ô vê",
  ]

  /// Whether `core` looks like a web or e-mail address.
  static func isAddress(_ core: Substring) -> Bool {
    var hasAt = false
    var hasDot = false
    var hasColon = false
    var hasLetter = false
    for byte in core.utf8 {
      switch byte {
      case 0x40: hasAt = true
      case 0x2E: hasDot = true
      case 0x3A: hasColon = true
      case 0x41...0x5A, 0x61...0x7A: hasLetter = true
      default: break
      }
    }
    guard hasLetter else { return false }
    if hasAt || (hasColon && core.contains("://")) { return true }
    guard hasDot else { return false }
    // "www." in any case ("w" and "W" are the only letters lower-casing to "w"); a
    // non-ASCII byte after it (a mark the dot's character may take) is left to the
    // character test.
    let start = core.utf8.prefix(5)
    if start.count >= 4, start.prefix(3).allSatisfy({ $0 == 0x77 || $0 == 0x57 }),
      start.dropFirst(3).first == 0x2E
    {
      if start.count == 4 || (start.last ?? 0) < 0x80 || core.lowercased().hasPrefix("www.") {
        return true
      }
    }
    // The host ends at the first "/": "thongtin.vn/cap-nhat".
    let host = core[..<(core.firstIndex(of: "/") ?? core.endIndex)]
    guard let dot = host.lastIndex(of: "."), dot != host.startIndex else { return false }
    let tld = host[host.index(after: dot)...].lowercased()
    guard topLevel.contains(tld) else { return false }
    // ASCII letters, digits and "._-/" only: a byte test (any other byte, or a byte of a
    // longer scalar, fails it, as its character failed the character test).
    return core.utf8.allSatisfy { byte in
      switch byte {
      case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2E, 0x5F, 0x2D, 0x2F: return true
      default: return false
      }
    }
  }

  /// The spoken address.
  func read(_ core: Substring) -> String {
    var text = core
    if let scheme = text.range(of: "://") { text = text[scheme.upperBound...] }
    var words: [String] = []
    var label = ""
    func flush() {
      // A label of marks only ("@'") says nothing: no empty word, no double space.
      if !label.isEmpty {
        let spoken = readLabel(label)
        if !spoken.isEmpty { words.append(spoken) }
      }
      label = ""
    }
    for character in text {
      let separator: String?
      switch character {
      case ".": separator = "chấm"
      case "@": separator = "a còng"
      case "/": separator = "gạch chéo"
      case "-": separator = "gạch ngang"
      case "_": separator = "gạch dưới"
      case ":": separator = "hai chấm"
      case "?", "=", "&", "#", "%", "+", "~": separator = ""
      default: separator = nil
      }
      if let separator {
        flush()
        if !separator.isEmpty { words.append(separator) }
      } else {
        label.append(character)
      }
    }
    flush()
    if words.last == "gạch chéo" { words.removeLast() }
    return words.joined(separator: " ")
  }

  func readLabel(_ label: String) -> String {
    let lower = label.lowercased()
    if let known = Self.labels[lower] ?? ForeignWordTable.words[lower] { return known }
    if lower.allSatisfy({ $0.isASCII && $0.isNumber }) {
      return numbers.digitByDigit(Substring(lower))
    }
    if let syllables = Self.syllables(lower) {
      // "tuc" alone reads as English; "túc" stays Vietnamese.
      return Self.markedWords(syllables)
    }
    // "agribank" → "ác ri banh": a foreign word that respells without lone consonants.
    if lower.count >= 4, let respelled = ForeignRespeller.respell(Substring(lower)),
      !respelled.split(separator: " ").contains(where: { $0.hasSuffix("ơ") })
    {
      return respelled
    }
    var parts: [String] = []
    for piece in Piece.scan(Substring(lower)) {
      switch piece {
      case .word(let letters): parts.append(LetterSpeller.spell(letters))
      case .number(let digits): parts.append(numbers.digitByDigit(digits))
      case .symbol: break
      }
    }
    return parts.joined(separator: " ")
  }

  /// Common two-syllable words written without marks in addresses and hashtags, with their
  /// marks: "tiepdan" is "tiếp dân", not "tiếp dan"; "congan" is "công an".
  static let markedPairs: [String: String] = [
    "cong an": "công an", "tiep dan": "tiếp dân", "cong dan": "công dân", "nhan dan": "nhân dân",
    "dan cu": "dân cư", "thong bao": "thông báo", "thanh nien": "thanh niên",
    "phap luat": "pháp luật", "hai phong": "hải phòng", "tin tuc": "tin tức",
    "bao hiem": "bảo hiểm", "xa hoi": "xã hội", "y te": "y tế", "giao duc": "giáo dục",
    "nong nghiep": "nông nghiệp", "viet nam": "việt nam", "ha noi": "hà nội",
    "chinh phu": "chính phủ", "dich vu": "dịch vụ", "ho tro": "hỗ trợ", "khan cap": "khẩn cấp",
    "canh bao": "cảnh báo", "lua dao": "lừa đảo", "an toan": "an toàn",
    "phong chong": "phòng chống", "thong tin": "thông tin", "truyen thanh": "truyền thanh",
    "hai hung": "hải hưng",
  ]

  /// Syllables read as words: known pairs with their marks, the rest spelled so espeak-ng keeps
  /// them Vietnamese.
  static func markedWords(_ syllables: [String]) -> String {
    var words: [String] = []
    var index = 0
    while index < syllables.count {
      if index + 1 < syllables.count,
        let pair = markedPairs[syllables[index] + " " + syllables[index + 1]]
      {
        words.append(pair)
        index += 2
      } else {
        words.append(ForeignRespeller.vietnameseSpelling(syllables[index]))
        index += 1
      }
    }
    return words.joined(separator: " ")
  }

  /// Splits unmarked Vietnamese ("dichvucong") into syllables, longest first; `nil` if it fails.
  static func syllables(_ text: String) -> [String]? {
    let letters = Array(text)
    guard letters.allSatisfy({ $0.isASCII && $0.isLetter }), letters.count <= 40 else { return nil }
    // choice[i]: the length of the syllable starting at i in a full split, longest first.
    var choice = [Int](repeating: 0, count: letters.count + 1)
    choice[letters.count] = -1
    for start in stride(from: letters.count - 1, through: 0, by: -1) {
      for length in stride(from: min(7, letters.count - start), through: 1, by: -1)
      where choice[start + length] != 0 {
        let piece = Substring(String(letters[start..<(start + length)]))
        if VietnameseSyllable.isSyllable(piece, strict: true) {
          choice[start] = length
          break
        }
      }
    }
    guard choice[0] > 0 else { return nil }
    var result: [String] = []
    var index = 0
    while index < letters.count {
      result.append(String(letters[index..<(index + choice[index])]))
      index += choice[index]
    }
    return result
  }
}
