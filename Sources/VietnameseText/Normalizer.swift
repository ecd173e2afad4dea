import Dispatch
import Foundation

/// Turns written Vietnamese into the form an announcer reads aloud.
///
/// The normaliser is pure and deterministic: the same text, dialect and lexicon always give the
/// same output, and no file or clock is touched. Numbers, dates, times, money, phone numbers,
/// document numbers, abbreviations, units, addresses and foreign words become spoken words;
/// ordinary words and punctuation (the pauses) are kept; no ASCII digit survives.
///
/// Conventions (each rule type documents its own):
/// - Dates "D tháng M năm Y" without an added "ngày"; months "tháng tư", "tháng một"; "d/m" is a
///   date after a date word or with a leading zero, else a small fraction ("1/3" → "một phần
///   ba") or a date ("20/11"); ratios "429/434" → "… trên …".
/// - Compact times say their minutes: "6h30" → "sáu giờ ba mươi phút"; "17h00" → "mười bảy giờ".
/// - Phones and short codes digit by digit, in their written groups, separated by commas.
/// - Document numbers: "số N [năm Y], <type> của <issuer>"; when the text has just named the
///   type ("Nghị định 13/2023/NĐ-CP") neither it nor "số" is added: "Nghị định mười ba năm … của
///   chính phủ"; an issuer the sentence has already named is not repeated
///   (``DocumentNumberReader``).
/// - Expansions (abbreviations, units, letter names) are lower-case; a respelled foreign word
///   keeps the capital of its source ("Zalo" → "Da lô").
///
/// ```swift
/// let normalizer = Normalizer(dialect: .northern)
/// normalizer.normalize("Luật có hiệu lực từ ngày 01/3/2026.")
/// // "Luật có hiệu lực từ ngày một tháng ba năm hai nghìn không trăm hai mươi sáu."
/// ```
public struct Normalizer: Sendable {
  /// The regional forms to use.
  public let dialect: Dialect
  /// Operator pronunciation overrides; they win over built-in rules.
  public let lexicon: Lexicon

  private let expander: LineExpander

  /// Creates a normaliser for a dialect and an operator lexicon.
  public init(dialect: Dialect = .northern, lexicon: Lexicon = Lexicon()) {
    self.dialect = dialect
    self.lexicon = lexicon
    expander = LineExpander(dialect: dialect, lexicon: lexicon)
  }

  /// The spoken form of `text`, line by line: the output has exactly as many lines as the input.
  ///
  /// "\r\n" line ends count as one line end. Lines are read independently of each other, so a
  /// long text (a whole station's scripts) is read in consecutive runs of lines on every core;
  /// the output is the same as one thread's.
  public func normalize(_ text: String) -> String {
    normalize(text, threads: ProcessInfo.processInfo.activeProcessorCount)
  }

  /// ``normalize(_:)`` on at most `threads` threads (1: the calling thread only).
  public func normalize(_ text: String, threads: Int) -> String {
    normalize(text, parts: Self.parts(forBytes: text.utf8.count, threads: threads))
  }

  /// ``normalize(_:)`` read in `parts` runs of lines at once (1: on the calling thread).
  ///
  /// Each thread finds the lines of its run and turns its spoken bytes into a string (the
  /// UTF-8 check runs in parallel too); the runs' strings are joined in order.
  func normalize(_ text: String, parts: Int) -> String {
    var contiguous = text
    contiguous.makeContiguousUTF8()
    let text = contiguous
    let runs =
      parts > 1
      ? text.utf8.withContiguousStorageIfAvailable { Self.runs(of: $0, parts: parts) }
      : nil
    guard let runs, runs.count > 1 else {
      return String(decoding: spokenBytes(text.lines()[...]), as: UTF8.self)
    }
    let spoken = SpokenRuns(count: runs.count)
    let utf8 = text.utf8
    DispatchQueue.concurrentPerform(iterations: runs.count) { run in
      let start = utf8.index(utf8.startIndex, offsetBy: runs[run].lowerBound)
      let end = utf8.index(utf8.startIndex, offsetBy: runs[run].upperBound)
      let lines = text[start..<end].lines()
      spoken.store(String(decoding: spokenBytes(lines[...]), as: UTF8.self), at: run)
    }
    return spoken.joined()
  }

  /// The spoken lines of `lines`, joined by line feeds; one memo serves the whole run.
  private func spokenBytes(_ lines: ArraySlice<Substring>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count } * 3 / 2)
    let memo = WordMemo()
    for index in lines.indices {
      if index > lines.startIndex { output.append(0x0A) }
      // Each line is written in place after the ones before it: no copy per line.
      output = expander.spokenLine(lines[index], memo: memo, after: consume output).storage()
    }
    return output
  }

  /// How each stretch of `line` is read: its class and its spoken form, in order.
  ///
  /// Joining the `spoken` parts with spaces gives ``normalize(_:)`` of the line (a pause may
  /// attach to the part before it). Line breaks inside `line` are read as spaces.
  ///
  /// ```swift
  /// Normalizer().explain("Gọi 113.")
  /// // [("Gọi", .word, "Gọi"), ("113.", .phone, "một một ba.")]
  /// ```
  public func explain(_ line: String) -> [ChunkExplanation] {
    var record: [ChunkExplanation]? = []
    let flat = line.lines().joined(separator: " ")
    _ = expander.expand(Substring(flat), record: &record)
    return record ?? []
  }

  /// How each stretch of `line` is read, with the column (in characters, 1-based) where it
  /// is written in `line` and the words in it read by guess: for `loa check`.
  ///
  /// Columns count characters of `line` as given, before quotes are dropped or dashes spaced;
  /// `line` should hold no line break.
  ///
  /// ```swift
  /// let placed = Normalizer().place("“Tải” Bluesky")
  /// placed[1].column            // 7
  /// placed[1].doubts[0].kind    // .guessed ("Bơ luết ky")
  /// ```
  public func place(_ line: String) -> [PlacedChunk] {
    var record: [ChunkExplanation]?
    var placed: [PlacedChunk]? = []
    _ = expander.expand(Substring(line), record: &record, placed: &placed)
    return placed ?? []
  }

  /// The Vietnamese respelling `loa check` suggests for a written word: the built-in foreign
  /// word or abbreviation table when it knows the word, else a syllable-by-syllable guess,
  /// else its letters by name.
  ///
  /// ```swift
  /// Normalizer.suggestedSpelling("Shopee")   // "Sốp pi" (built-in table)
  /// Normalizer.suggestedSpelling("Bluesky")  // "Bơ luết ky" (a guess to correct)
  /// ```
  public static func suggestedSpelling(_ word: String) -> String {
    let written = Substring(word)
    if let known = ForeignWordTable.respell(written) ?? AbbreviationTable.lookup(written) {
      return known
    }
    let letters = written.filter(\.isLetter)
    if !letters.isEmpty, !letters.contains(where: \.isLowercase) {
      return LetterSpeller.spell(Substring(letters))
    }
    if let guess = ForeignRespeller.respell(Substring(letters)) { return guess }
    return LetterSpeller.spell(Substring(letters))
  }

  /// Splits `text` into spoken sentences for synthesis, each already normalised.
  ///
  /// A blank line ends a paragraph: its last sentence gets a ``Sentence/Pause/paragraph`` pause.
  /// Lines of one paragraph are read as one stretch of text; a sentence ends after ".", "!" or
  /// "?" (a run of them, such as "...", ends it once).
  public func sentences(_ text: String) -> [Sentence] {
    var result: [Sentence] = []
    var paragraph: [Substring] = []
    func flush() {
      guard !paragraph.isEmpty else { return }
      let spoken = expander.expand(Substring(paragraph.joined(separator: " ")))
      let found = Self.splitSentences(spoken)
      paragraph.removeAll()
      guard !found.isEmpty else { return }
      result += found.map { Sentence(text: $0, pause: .sentence) }
      result[result.count - 1].pause = .paragraph
    }
    for line in text.lines() {
      if line.allSatisfy({ $0.isWhitespace }) {
        flush()
      } else {
        paragraph.append(line)
      }
    }
    flush()
    return result
  }

  /// Spoken text cut after each run of sentence-ending marks.
  static func splitSentences(_ spoken: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    var previousEnds = false
    for character in spoken {
      let ends = character == "." || character == "!" || character == "?"
      if previousEnds && !ends {
        appendTrimmed(current, to: &sentences)
        current = ""
      }
      current.append(character)
      previousEnds = ends
    }
    appendTrimmed(current, to: &sentences)
    return sentences
  }

  private static func appendTrimmed(_ text: String, to sentences: inout [String]) {
    let trimmed = text.trimmingSpaces()
    if trimmed.contains(where: { $0.isLetter }) { sentences.append(trimmed) }
  }
}
