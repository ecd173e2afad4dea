/// Reads Vietnamese licence plates as traffic police announce them.
///
/// "15A-123.45" → "mười lăm a, một hai ba, bốn năm": the province code as a number, the series
/// letters by name (a series digit as a number: "15B1" → "mười lăm bê một"), a pause, then the
/// serial digit by digit in its written groups. Shapes: two digits, one or two capitals, an
/// optional digit, "-", then "123.45" or four to five digits.
struct LicencePlateReader: Sendable {
  /// Reads the numbers.
  let numbers: CardinalReader

  /// The spoken plate when `pieces` (a whole chunk core) have a plate's shape, else `nil`.
  func read(_ pieces: [Piece]) -> String? {
    guard pieces.count >= 4, let province = pieces[0].digits, province.utf8.count == 2,
      let series = pieces[1].letters, (1...2).contains(series.count),
      series.allSatisfy({ $0.isASCII && $0.isUppercase })
    else { return nil }
    var index = 2
    var head = numbers.cardinal(province) + " " + LetterSpeller.spell(series)
    if let digit = pieces[index].digits {
      guard digit.utf8.count == 1 else { return nil }
      head += " " + numbers.cardinal(digit)
      index += 1
    }
    guard index + 1 < pieces.count, pieces[index].isSymbol("-"),
      let first = pieces[index + 1].digits
    else { return nil }
    index += 2
    var groups = [numbers.digitByDigit(first)]
    if index == pieces.count {
      guard (4...5).contains(first.utf8.count) else { return nil }
    } else {
      guard first.utf8.count == 3, index + 2 == pieces.count, pieces[index].isSymbol("."),
        let last = pieces[index + 1].digits, last.utf8.count == 2
      else { return nil }
      groups.append(numbers.digitByDigit(last))
    }
    return head + ", " + groups.joined(separator: ", ")
  }
}
