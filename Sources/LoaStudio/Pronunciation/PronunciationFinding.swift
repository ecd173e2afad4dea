import BroadcastPlan

/// One word of a script that espeak-ng would not read as Vietnamese, or that the normaliser
/// read by guess, with the lexicon line `loa check` suggests for it.
///
/// ```swift
/// finding.diagnostic.description
/// // scripts/a.txt:3:12: cảnh báo: 'Bluesky' được đoán đọc là 'Bơ luết ky' …
/// finding.lexiconLine   // "Bluesky\tBơ luết ky"
/// ```
public struct PronunciationFinding: Sendable, Hashable {
  /// What is wrong with the word.
  public enum Kind: String, Sendable, Hashable {
    /// espeak-ng would switch to another language's voice (English) for it.
    case otherVoice
    /// espeak-ng would spell it letter by letter.
    case spelledByEngine
    /// An acronym in no table, spelled letter by letter by the normaliser.
    case unknownAcronym
    /// A foreign word respelled by rule, not from the built-in table or the lexicon.
    case guessedRespelling
  }

  /// Where the word is written in the operator's text.
  public var location: SourceLocation
  /// The word as written.
  public var written: String
  /// What is said for it today.
  public var spoken: String
  /// The suggested spoken form for the lexicon.
  public var suggestion: String
  /// What is wrong.
  public var kind: Kind

  /// Creates a finding.
  public init(
    location: SourceLocation, written: String, spoken: String, suggestion: String, kind: Kind
  ) {
    self.location = location
    self.written = written
    self.spoken = spoken
    self.suggestion = suggestion
    self.kind = kind
  }

  /// The suggested lexicon line, `written<TAB>spoken`.
  public var lexiconLine: String { written + "\t" + suggestion }

  /// The Vietnamese message, without position.
  public var message: String {
    let what: String
    switch kind {
    case .otherVoice:
      what = "espeak-ng sẽ đọc '\(written)' (nói là '\(spoken)') bằng giọng tiếng nước ngoài"
    case .spelledByEngine:
      what = "espeak-ng sẽ đánh vần từng chữ cái '\(written)' (nói là '\(spoken)')"
    case .unknownAcronym:
      what = "chữ viết tắt '\(written)' không có trong bảng, sẽ đánh vần: '\(spoken)'"
    case .guessedRespelling:
      what = "từ nước ngoài '\(written)' được đoán đọc là '\(spoken)'"
    }
    return what + Self.marker + lexiconLine
  }

  /// The warning `loa check` prints.
  public var diagnostic: Diagnostic { Diagnostic(location, .warning, message) }
}

extension PronunciationFinding {
  /// The words that end every pronunciation message (how `loa check` counts them).
  static let marker = "; gợi ý thêm vào từ điển phát âm: "

  /// Whether `diagnostic` is a pronunciation warning.
  public static func isPronunciation(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.severity == .warning && diagnostic.message.contains(marker)
  }
}
