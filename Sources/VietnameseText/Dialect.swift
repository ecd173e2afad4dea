/// The regional variety a voice speaks, which decides forms such as nghìn/ngàn and linh/lẻ.
public enum Dialect: String, Sendable, Hashable, CaseIterable {
  /// Northern (Hà Nội) forms: nghìn, linh. Voice `vi`.
  case northern
  /// Central (Huế) forms. Voice `vi-vn-x-central`.
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
}
