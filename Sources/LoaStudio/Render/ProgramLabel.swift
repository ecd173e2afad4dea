import BroadcastPlan
import SpeechAudio

/// The machine-readable label of a program file (its metadata comment): which parts are voiced
/// by the synthesiser (AI Law Art. 11) and which the station's announcer read.
enum ProgramLabel {
  /// The comment for a program of `items`: the AI label alone when every item is synthesised;
  /// otherwise the AI label naming the synthesised parts, then the recorded ones.
  static func comment(for items: [PlanItem]) -> String {
    let recorded = items.filter { !$0.isSynthesised }
    guard !recorded.isEmpty else { return AudioMetadata.aiLabel }
    let synthesised = items.filter(\.isSynthesised)
    var parts: [String] = []
    if !synthesised.isEmpty {
      parts.append(
        AudioMetadata.aiLabel + " Phần đọc bằng giọng nói tổng hợp: "
          + synthesised.map(\.title).joined(separator: "; ") + ".")
    }
    parts.append(
      "Phần do phát thanh viên của đài đọc (bản thu, không phải giọng nói tổng hợp): "
        + recorded.map(\.title).joined(separator: "; ") + ".")
    return parts.joined(separator: " ")
  }
}
