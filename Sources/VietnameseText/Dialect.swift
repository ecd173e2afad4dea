/// The regional variety a voice speaks, which decides forms such as nghìn/ngàn and linh/lẻ.
public enum Dialect: String, Sendable, Hashable, CaseIterable {
  /// Northern (Hà Nội) forms: nghìn, linh. Voice `vi`.
  case northern
  /// Central (Huế) forms. Voice `vi-vn-x-central`. Numbers are read with the northern words.
  case central
  /// Southern (Sài Gòn) forms: ngàn, lẻ. Voice `vi-vn-x-south`.
  case southern

  /// The dialect of an espeak-ng voice name (`vi`, `vi-vn-x-central`, `vi-vn-x-south`).
  public init(voiceName: String) {
    let name = voiceName.lowercased()
    if name.contains("south") {
      self = .southern
    } else if name.contains("central") {
      self = .central
    } else {
      self = .northern
    }
  }

  /// The word for a thousand: "nghìn" (northern, central) or "ngàn" (southern).
  var thousand: String { self == .southern ? "ngàn" : "nghìn" }

  /// The word before a units digit when the tens digit is zero: "linh" or "lẻ" (105).
  var zeroTens: String { self == .southern ? "lẻ" : "linh" }
}
