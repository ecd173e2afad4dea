/// A voice variant: espeak-ng's adjustments to a voice (formants, pitch, tone, breath, …),
/// selected as `voice+variant`.
///
/// A variant either names one of espeak-ng's own files (`voices/!v/f2`, `klatt`, …; `contents`
/// is nil) or carries its own file text, which Loa writes into its espeak-ng data overlay (never
/// into the system's data) under a name derived from that text, so a changed file is a new
/// variant for the engine and for every cache.
///
/// ```swift
/// let settings = VoiceSettings(name: "vi", variant: VoiceVariant(name: "f2"))
/// ```
public struct VoiceVariant: Sendable, Hashable, Codable {
  /// The variant's name (`loa`, `f2`, `klatt3`, …).
  public var name: String
  /// The variant file's text when the project owns the variant; nil for espeak-ng's own.
  public var contents: String?

  /// Creates a variant; without `contents` it is espeak-ng's installed file of that name.
  public init(name: String, contents: String? = nil) {
    self.name = name
    self.contents = contents
  }

  /// The name espeak-ng looks up in `voices/!v/`: the name itself for espeak-ng's own
  /// variants, `loa-HASH` for the project's (12 hex digits of the hash of name and text: espeak-ng
  /// 1.51 keeps variant names in a 40-byte buffer, `!v/` included, so names must stay short).
  public var fileName: String {
    guard let contents else { return name }
    return "loa-" + Self.stableHash(name + "\n" + contents).prefix(12)
  }

  /// A short, stable fingerprint of the variant (its name and text): part of cache keys.
  public var fingerprint: String {
    contents.map { "\(name):\(Self.stableHash($0))" } ?? name
  }

  /// FNV-1a (64 bits) of the UTF-8 text, as 16 hex digits: stable across runs and machines.
  static func stableHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
