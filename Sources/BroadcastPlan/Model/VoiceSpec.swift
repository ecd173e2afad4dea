/// The synthetic voice a schedule asks for.
public struct VoiceSpec: Sendable, Hashable {
  /// The espeak-ng voice: `vi`, `vi-vn-x-central` or `vi-vn-x-south`.
  public var name: String
  /// Speaking rate in words (syllables) per minute, espeak-ng's `-s`.
  public var rate: Int

  /// Creates a voice specification.
  public init(name: String = "vi", rate: Int = 150) {
    self.name = name
    self.rate = rate
  }
}
