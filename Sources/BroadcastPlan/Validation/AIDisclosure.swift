import Foundation

/// Recognises the spoken statement that a bulletin is read by an AI-generated voice (AI Law
/// Art. 11), e.g. "Các bản tin sau đây được đọc bằng giọng nói do trí tuệ nhân tạo tạo ra."
///
/// A sentence counts when it names a voice ("giọng") and says it is artificial ("trí tuệ nhân
/// tạo" or "tổng hợp"): the older wording "được đọc bằng giọng nói tổng hợp" still counts.
enum AIDisclosure {
  /// Words saying the voice is artificial.
  static let markers = ["trí tuệ nhân tạo", "tổng hợp"]

  /// Whether some sentence of `text` states that the voice is AI-generated.
  static func isStated(in text: String) -> Bool {
    let folded = text.precomposedStringWithCanonicalMapping.lowercased()
    let sentences = folded.split(whereSeparator: { ".!?\n".contains($0) })
    return sentences.contains(where: states)
  }

  /// Whether one (folded) sentence states that the voice is AI-generated.
  static func states<S: StringProtocol>(_ sentence: S) -> Bool {
    sentence.contains("giọng") && markers.contains { sentence.contains($0) }
  }

  /// `text` without its sentences that state the voice is AI-generated (each sentence with its
  /// final punctuation and the spaces after it); the rest is kept as written.
  static func removingStatements(from text: String) -> String {
    var kept = ""
    var sentence = ""
    var ended = false
    var removed = false
    func flush() {
      let folded = sentence.precomposedStringWithCanonicalMapping.lowercased()
      if states(folded) { removed = true } else { kept += sentence }
      sentence = ""
      ended = false
    }
    for character in text {
      if ended, !".!?".contains(character), character != " ", character != "\n" { flush() }
      sentence.append(character)
      if ".!?\n".contains(character) { ended = true }
    }
    flush()
    return removed ? kept.trimmingCharacters(in: .whitespacesAndNewlines) : text
  }
}
