import Foundation
import LoaTestSupport
@testable import SpeechAudio
import Testing

/// The espeak-ng front door: voices, settings, streaming and re-entrance.
@Suite struct SynthesizerTests {
  @Test("Vietnamese voices come first, with their regions in Vietnamese")
  func voices() throws {
    let voices = try Synthesizer.shared.voices()
    #expect(voices.prefix(3).map(\.name) == ["vi", "vi-vn-x-central", "vi-vn-x-south"])
    #expect(voices.prefix(3).map(\.regionName) == ["miền Bắc", "miền Trung", "miền Nam"])
    #expect(voices.dropFirst(3).allSatisfy { !$0.isVietnamese && $0.regionName == nil })
    #expect(voices.count > 10)
  }

  @Test("Engine facts: version and native rate")
  func engine() {
    #expect(Synthesizer.shared.engineVersion.hasPrefix("espeak-ng 1."))
    #expect(Synthesizer.shared.nativeSampleRate == 22_050)
  }

  @Test(
    "Voice names resolve case-insensitively; unknown ones list the installed voices",
    arguments: [
      ("vi", "vi"), ("VI-VN-X-SOUTH", "vi-vn-x-south"), ("aav/vi-VN-x-central", "vi-vn-x-central"),
    ])
  func voiceNames(given: String, expected: String) throws {
    #expect(try Synthesizer.shared.voice(named: given).name == expected)
  }

  @Test("An unknown voice is a Vietnamese message that lists available voices")
  func unknownVoice() {
    let error = #expect(throws: SpeechAudioError.self) {
      try Synthesizer.shared.voice(named: "klingon")
    }
    #expect(
      error?.description.hasPrefix(
        "Không có giọng đọc 'klingon'. Các giọng hiện có: vi, vi-vn-x-central, vi-vn-x-south,")
        == true)
  }

  @Test(
    "Out-of-range settings are refused before synthesis",
    arguments: [
      (
        "rate too slow", VoiceSettings(rate: 10),
        "Giá trị rate = 10 không hợp lệ (phải từ 80 đến 450)."
      ),
      (
        "pitch too high", VoiceSettings(pitch: 101),
        "Giá trị pitch = 101 không hợp lệ (phải từ 0 đến 100)."
      ),
      (
        "negative gap", VoiceSettings(wordGap: -1),
        "Giá trị wordGap = -1 không hợp lệ (phải từ 0 đến 100)."
      ),
    ])
  func invalidSettings(label: String, settings: VoiceSettings, message: String) {
    let error = #expect(throws: SpeechAudioError.self, "\(label)") {
      try Synthesizer.shared.synthesize("xin chào", settings: settings) { _ in }
    }
    #expect(error?.description == message)
  }

  @Test("Audio streams in bounded chunks; a faster rate gives shorter speech")
  func streamingAndRate() throws {
    let text = String(
      repeating: "Công an không làm việc với người dân qua cuộc gọi video. ", count: 30)
    var chunks = 0
    var largest = 0
    var slow = 0
    try Synthesizer.shared.synthesize(text, settings: VoiceSettings(rate: 120)) { chunk in
      chunks += 1
      largest = max(largest, chunk.count)
      slow += chunk.count
    }
    var fast = 0
    try Synthesizer.shared.synthesize(text, settings: VoiceSettings(rate: 240)) { fast += $0.count }
    #expect(chunks > 20)
    #expect(largest <= Synthesizer.chunkFrames)
    #expect(Double(fast) < 0.7 * Double(slow), "fast \(fast) vs slow \(slow)")
  }

  @Test("The chunk closure may synthesise again: the engine is never re-entered")
  func reentrance() throws {
    var inner = 0
    var outer = 0
    try Synthesizer.shared.synthesize("Một. Hai.", settings: VoiceSettings()) { chunk in
      outer += chunk.count
      if inner == 0 {
        try Synthesizer.shared.synthesize("Ba.", settings: VoiceSettings(name: "vi-vn-x-south")) {
          inner += $0.count
        }
      }
    }
    #expect(inner > 2_000 && outer > 2_000)
  }

  @Test("Concurrent callers are serialised and each gets its own complete audio")
  func concurrency() async throws {
    let texts = [
      "Một.", "Bà con chú ý lắng nghe.", String(repeating: "Không vội chuyển tiền. ", count: 6),
    ]
    let references = try texts.map { try Self.count($0) }
    let results = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
      for round in 0..<6 {
        let index = round % texts.count
        group.addTask { (index, try Self.count(texts[index])) }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    // espeak-ng's output length wanders by a few per cent with the previous utterance; audio
    // mixed up between jobs would be off by whole seconds.
    for (index, count) in results {
      let reference = Double(references[index])
      #expect(
        abs(Double(count) - reference) < 0.05 * reference + 1_000,
        "text \(index): \(count) vs \(reference)")
    }
    #expect(results.count == 6)
  }

  static func count(_ text: String) throws -> Int {
    var total = 0
    try Synthesizer.shared.synthesize(text, settings: VoiceSettings()) { total += $0.count }
    return total
  }

  @Test(
    "Long text is cut into pieces at sentence ends (or spaces), never mid-word",
    arguments: [
      ("short text stays whole", "Một câu ngắn.", 600, 1...1),
      (
        "sentences gather up to the limit",
        String(repeating: "Câu thứ nhất dài vừa phải. ", count: 20), 100, 5...8
      ),
      ("a run-on sentence is cut at spaces", String(repeating: "chữ ", count: 100), 50, 4...8),
      ("blank text gives nothing", "  \n ", 600, 0...0),
    ])
  func pieces(label: String, text: String, limit: Int, expected: ClosedRange<Int>) {
    let pieces = TextPieces.split(text, limit: limit)
    #expect(expected.contains(pieces.count), "\(label): \(pieces.count)")
    #expect(pieces.allSatisfy { $0.utf8.count <= 2 * limit + 8 }, "\(label)")
    #expect(
      pieces.joined(separator: " ").split(separator: " ")
        == text.split(whereSeparator: \.isWhitespace), "\(label)")
  }
}
