import Yams

extension ScheduleDecoder {
  /// The voices a schedule may name.
  static let knownVoices = ["vi", "vi-vn-x-central", "vi-vn-x-south"]

  /// `voice: { name, rate, pitch, range, word_gap, variant }`; omitted fields keep the
  /// station's defaults (``VoiceSpec``).
  func decodeVoice(_ node: Node, _ reader: inout NodeReader) -> VoiceSpec {
    var voice = VoiceSpec()
    let keys = ["name", "rate", "pitch", "range", "word_gap", "variant"]
    guard let fields = reader.fields(node, of: "voice", allowed: keys) else { return voice }
    if let value = fields["name"]?.value, let name = reader.string(value, "name") {
      let known = Self.knownVoices
      if known.contains(name) {
        voice.name = name
      } else {
        reader.error(
          value,
          "giọng đọc không rõ '\(name)' (có: \(known.joined(separator: ", ")))"
            + Suggestion.hint(for: name, in: known))
      }
    }
    let numbers: [(String, ClosedRange<Int>, WritableKeyPath<VoiceSpec, Int>)] = [
      ("rate", 80...450, \.rate), ("pitch", 0...100, \.pitch), ("range", 0...100, \.range),
      ("word_gap", 0...100, \.wordGap),
    ]
    for (key, range, path) in numbers {
      if let value = fields[key]?.value, let number = reader.int(value, key, in: range) {
        voice[keyPath: path] = number
      }
    }
    if let value = fields["variant"]?.value, let name = reader.string(value, "variant") {
      voice.variant = decodeVariant(name, value, &reader)
    }
    return voice
  }

  /// A variant name: `none` (the voice as installed), the project's own or one of espeak-ng's.
  private func decodeVariant(
    _ name: String, _ node: Node, _ reader: inout NodeReader
  ) -> String? {
    if name == "none" { return nil }
    let known = VoiceSpec.knownVariants
    guard known.contains(name) else {
      reader.error(
        node,
        "biến thể giọng không rõ '\(name)' (có: none, "
          + "\(VoiceSpec.projectVariants.joined(separator: ", ")), f1…f5, m1…m8, klatt…klatt6, …)"
          + Suggestion.hint(for: name, in: known))
      return VoiceSpec.defaultVariant
    }
    return name
  }
}
