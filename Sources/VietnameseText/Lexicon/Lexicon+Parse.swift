extension Lexicon {
  /// Reads a lexicon file: one `written<TAB>spoken` entry a line, `#` starts a comment.
  ///
  /// Every bad line is reported (and skipped) as a ``LexiconIssue``; the good lines still make a
  /// lexicon. A written form given twice is reported, and the later line wins. The spoken form
  /// must be words: digits in it are reported, since they would not be read as intended.
  ///
  /// ```
  /// # written<TAB>spoken
  /// Zalo	Da lô
  /// ```
  public static func parse(_ text: String, file: String) -> (Lexicon, [LexiconIssue]) {
    var entries: [(written: String, spoken: String)] = []
    var issues: [LexiconIssue] = []
    var seen: [String: Int] = [:]
    for (offset, rawLine) in text.lines()
      .enumerated()
    {
      let number = offset + 1
      var line = Substring(rawLine)
      if line.last == "\r" { line = line.dropLast() }  // a lone CR
      if offset == 0, line.first == "\u{FEFF}" { line = line.dropFirst() }
      let content = line.drop(while: { $0 == " " || $0 == "\t" })
      if content.allSatisfy({ $0 == " " || $0 == "\t" }) || content.hasPrefix("#") { continue }
      func report(_ message: String) {
        issues.append(LexiconIssue(file: file, line: number, message: message))
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else {
        report("thiếu dấu TAB giữa dạng viết và cách đọc")
        continue
      }
      guard fields.count == 2 else {
        report("có hơn một dấu TAB; mỗi dòng chỉ gồm dạng viết, một dấu TAB, rồi cách đọc")
        continue
      }
      let written = normalizeSpaces(fields[0])
      let spoken = normalizeSpaces(fields[1])
      guard !written.isEmpty else { report("dạng viết để trống"); continue }
      guard !spoken.isEmpty else { report("cách đọc của '\(written)' để trống"); continue }
      if spoken.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
        report("cách đọc của '\(written)' có chữ số; hãy viết số thành chữ")
        continue
      }
      if let earlier = seen[written] {
        report("'\(written)' đã có ở dòng \(earlier); dòng này được dùng")
        entries.removeAll { $0.written == written }
      }
      seen[written] = number
      entries.append((written, spoken))
    }
    return (Lexicon(entries), issues)
  }

  /// NFC, single spaces, no spaces at the ends.
  private static func normalizeSpaces(_ field: Substring) -> String {
    let composed = TextHygiene.composed(field)
    return composed.split(separator: " ").joined(separator: " ")
  }
}
