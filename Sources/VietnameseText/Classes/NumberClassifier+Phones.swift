/// Phone numbers, short codes and account numbers: read digit by digit in their written groups.
extension NumberClassifier {
  /// Phone numbers and short codes, with the digits still expected after them.
  static func phone(_ pieces: [Piece], at index: Int, _ context: NumberContext) -> NumberSpan? {
    let digits = pieces[index].digits ?? ""
    // "+84 912…" (not "Km 15+200"): a plus opening the chunk.
    // "+15%" is an amount: the plus of a phone is followed by nothing or by digit groups.
    let afterPlus =
      index == 1 && pieces[0].isSymbol("+")
      && (pieces.count == 2 || pieces[2].isSymbol("-") || pieces[2].isSymbol("."))
    let continuing = context.phoneOpen && index == 0 && digits.utf8.count <= context.phoneDigitsLeft
    guard afterPlus || continuing || isPhone(digits, pieces, at: index, context) else {
      return nil
    }
    var groups = [digits]
    var used = 1
    var total = digits.utf8.count
    while index + used + 1 < pieces.count,
      pieces[index + used].isSymbol(".") || pieces[index + used].isSymbol("-"),
      let group = pieces[index + used + 1].digits
    {
      groups.append(group)
      total += group.utf8.count
      used += 2
    }
    // An account number ("số tài khoản 1903 4567 8901") goes on in groups up to 19 digits.
    let account =
      !continuing && !digits.hasBytes(prefix: "0") && !afterPlus
      && (context.recent(.account) || bankAccount(context))
    let expected =
      continuing
      ? context.phoneDigitsLeft
      : account ? 19 : phoneLength(digits, afterPlus: afterPlus)
    return NumberSpan(
      kind: .phone(groups: groups, digitsLeft: max(0, expected - total)), consumed: used)
  }

  /// Whether `digits` (not after "+", not continuing a number) is a phone number or code.
  private static func isPhone(
    _ digits: Substring, _ pieces: [Piece], at index: Int, _ context: NumberContext
  ) -> Bool {
    let grouped =
      index + 2 < pieces.count
      && (pieces[index + 1].isSymbol(".") || pieces[index + 1].isSymbol("-"))
      && pieces[index + 2].digits != nil
    // "069 234 5678": a three-digit group with a leading zero, more digits after a space.
    let spacedGroup = context.nextChunkIsNumber && pieces.count == 1
    let alone = pieces.count == 1
    return
      (digits.hasBytes(prefix: "0")
      && (digits.utf8.count >= 4 || (digits.utf8.count >= 3 && (grouped || spacedGroup))))
      || (digits.utf8.count >= 3 && (context.recent(.phone) || bankAccount(context)))
      || (context.last.isBytes("số") && (shortCodes.contains(digits) || digits.utf8.count >= 6))
      // "mã xác thực 123456", "mã OTP 4821": a code.
      || (digits.utf8.count >= 4 && alone && context.recent(.code, window: 3))
      // "soạn DK V90 gửi 9084": an SMS number.
      || (context.lastRoles.contains(.smsSend) && (3...5).contains(digits.utf8.count) && alone
        && context.recent(.sms, window: 8))
      // "Gọi 114 khi có cháy, 115 khi cấp cứu": a short code later in a sentence about calling.
      || (shortCodes.contains(digits) && alone && context.recent(.phone, window: 8))
      || alwaysCodes.contains(digits)
      || (digits.utf8.count == 8
        && (digits.hasBytes(prefix: "1800") || digits.hasBytes(prefix: "1900")))
  }

  /// "tài khoản" in the last words ("khoản vay 500 triệu" is an amount).
  private static func bankAccount(_ context: NumberContext) -> Bool {
    context.recent(.accountTail) && context.recent(.accountHead, window: 5)
  }

  /// How many digits a phone number starting with `digits` has: 10 for a mobile (0…), 11 for a
  /// landline (02…) or after "+" (84…), 8 for 1800/1900 numbers; a short code is what it is.
  static func phoneLength(_ digits: Substring, afterPlus: Bool) -> Int {
    if afterPlus || digits.hasBytes(prefix: "02") { return 11 }
    if digits.hasBytes(prefix: "0") { return 10 }
    if digits.hasBytes(prefix: "1800") || digits.hasBytes(prefix: "1900") { return 8 }
    return digits.utf8.count
  }
}
