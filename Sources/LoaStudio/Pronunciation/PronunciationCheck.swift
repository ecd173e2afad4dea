import BroadcastPlan
import Foundation
import SpeechAudio
import VietnameseText

/// `loa check`'s pronunciation pass: reads every spoken text of a station the way the
/// synthesiser will and reports each word that would not come out as Vietnamese.
///
/// Three kinds of words are reported (``PronunciationFinding/Kind``): words the normaliser read
/// by guess (an unknown acronym spelled, a foreign word respelled by rule), and words espeak-ng
/// itself would read with another language's voice or letter by letter (asked through
/// ``Synthesizer/phonemes(_:settings:)``, the one engine of the process). Each finding sits at
/// the line and column of the word in the operator's text and suggests a lexicon line.
///
/// ```swift
/// let check = PronunciationCheck(lexicon: workspace.lexicon, voiceName: "vi")
/// for finding in check.findings(for: workspace.loaded) { print(finding.diagnostic) }
/// ```
public struct PronunciationCheck: Sendable {
  /// The normaliser, with the operator lexicon and the voice's dialect.
  public let normalizer: Normalizer
  private let probe: PhonemeProbe

  /// A check for a lexicon and a voice (its name picks the dialect).
  public init(lexicon: Lexicon, voiceName: String = "vi") {
    normalizer = Normalizer(dialect: Dialect(voiceName: voiceName), lexicon: lexicon)
    probe = PhonemeProbe(voiceName: voiceName)
  }

  /// Every finding of a loaded schedule: its opening and closing, then every script
  /// (campaigns and announcements) that is synthesised, in file order.
  public func findings(for loaded: LoadedSchedule) -> [PronunciationFinding] {
    guard let schedule = loaded.schedule else { return [] }
    var found: [PronunciationFinding] = []
    let scheduleLines = Self.lines(ofFile: schedule.file)
    for (text, location) in [
      (schedule.opening, schedule.openingLocation), (schedule.closing, schedule.closingLocation),
    ] {
      guard let location else { continue }
      found += findings(inValue: text, at: location, fileLines: scheduleLines)
    }
    let base = (schedule.file as NSString).deletingLastPathComponent
    for (relative, script) in loaded.scripts.scripts.sorted(by: { $0.key < $1.key })
    where script.recording == nil {
      let onDisk = relative.hasPrefix("/") || base.isEmpty ? relative : base + "/" + relative
      found += findings(inScriptAt: onDisk, announcesTitle: schedule.announceTitles)
    }
    return found.sorted { $0.location < $1.location }
  }

  /// The findings as warnings, for ``Studio/load(today:pronunciation:)``.
  public static func diagnostics(for loaded: LoadedSchedule, lexicon: Lexicon) -> [Diagnostic] {
    let voice = loaded.schedule?.voice.name ?? "vi"
    return PronunciationCheck(lexicon: lexicon, voiceName: voice).findings(for: loaded)
      .map(\.diagnostic)
  }

  /// The findings of one script file (its body; its title too when titles are announced).
  public func findings(inScriptAt path: String, announcesTitle: Bool = false)
    -> [PronunciationFinding]
  {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return [] }
    let file = Self.displayPath(path)
    let parsed = ScriptParser(path: path, file: file).parse(text)
    var found: [PronunciationFinding] = []
    if announcesTitle, let title = parsed.field("title") {
      found += findings(
        inLine: title.value, file: file, line: title.valueLocation.line,
        columnOffset: title.valueLocation.column - 1)
    }
    var titlePending = !parsed.hasHeader || parsed.field("title") == nil
    for (offset, line) in parsed.body.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if titlePending, !line.allSatisfy(\.isWhitespace) {
        titlePending = false  // the first line is the title: read only when titles are
        if !announcesTitle { continue }
      }
      found += findings(inLine: String(line), file: file, line: parsed.bodyLine + offset)
    }
    return found
  }

  /// The findings of one line of text, at `line` of `file`; columns are shifted by
  /// `columnOffset` (where the text starts in the file line).
  public func findings(inLine text: String, file: String, line: Int, columnOffset: Int = 0)
    -> [PronunciationFinding]
  {
    guard text.contains(where: \.isLetter) else { return [] }
    let placed = normalizer.place(text)
    var found: [PronunciationFinding] = []
    var doubtful: Set<Int> = []
    for (index, chunk) in placed.enumerated() {
      for doubt in chunk.doubts {
        doubtful.insert(index)
        found.append(
          PronunciationFinding(
            location: SourceLocation(file: file, line: line, column: doubt.column + columnOffset),
            written: doubt.written, spoken: doubt.spoken,
            suggestion: Normalizer.suggestedSpelling(doubt.written),
            kind: doubt.kind == .spelled ? .unknownAcronym : .guessedRespelling))
      }
    }
    let spoken = placed.map(\.explanation.spoken).joined(separator: " ")
    guard !probe.allVietnamese(spoken) else { return found }
    for (index, chunk) in placed.enumerated() where !doubtful.contains(index) {
      let words = chunk.explanation.spoken.split(separator: " ").map {
        String($0.filter { !Self.pauseMarks.contains($0) })
      }
      let readings = words.filter { !$0.isEmpty }.map(probe.reading(of:))
      guard let worst = readings.first(where: { $0 != .vietnamese }) else { continue }
      let written = Self.core(of: chunk.explanation.written)
      found.append(
        PronunciationFinding(
          location: SourceLocation(
            file: file, line: line, column: chunk.column + columnOffset + Self.leadCount(chunk)),
          written: written, spoken: chunk.explanation.spoken,
          suggestion: Normalizer.suggestedSpelling(written),
          kind: worst == .otherVoice ? .otherVoice : .spelledByEngine))
    }
    return found.sorted { $0.location < $1.location }
  }

  /// The findings of a schedule value (opening, closing) written at `location`; each of its
  /// lines is found in the schedule file so that columns point into the file, quotes and
  /// indentation included. `{placeholders}` are skipped.
  func findings(inValue value: String, at location: SourceLocation, fileLines: [Substring])
    -> [PronunciationFinding]
  {
    var found: [PronunciationFinding] = []
    var searchFrom = max(0, location.line - 1)
    for part in value.split(separator: "\n") where !part.allSatisfy(\.isWhitespace) {
      let text = Self.blankingPlaceholders(String(part))
      var line = location.line
      var offset = location.column - 1
      if let index = fileLines.indices.dropFirst(searchFrom).first(where: {
        fileLines[$0].contains(part)
      }), let range = fileLines[index].range(of: part) {
        line = index + 1
        offset = fileLines[index].distance(from: fileLines[index].startIndex, to: range.lowerBound)
        searchFrom = index + 1
      }
      found += findings(inLine: text, file: location.file, line: line, columnOffset: offset)
    }
    return found
  }

  /// Pause marks the normaliser leaves in spoken text.
  static let pauseMarks: Set<Character> = [".", ",", ";", ":", "!", "?"]

  /// `{weekday}`, `{date}`, `{station}` replaced by spaces (columns stay where they were).
  static func blankingPlaceholders(_ text: String) -> String {
    var result = ""
    var inside = false
    for character in text {
      if character == "{" { inside = true }
      result.append(inside ? " " : character)
      if character == "}" { inside = false }
    }
    return result
  }

  /// The written chunk without its opening and closing punctuation.
  static func core(of written: String) -> String {
    let marks = Set("([{.,;:!?)]}")
    return String(
      written.drop(while: { marks.contains($0) }).reversed()
        .drop(while: { marks.contains($0) }).reversed())
  }

  /// How many opening marks precede the chunk's core.
  static func leadCount(_ chunk: PlacedChunk) -> Int {
    chunk.explanation.written.prefix(while: { "([{".contains($0) }).count
  }

  static func lines(ofFile path: String) -> [Substring] {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// `schedules/../scripts/a.txt` → `scripts/a.txt`, as the schedule loader names scripts.
  static func displayPath(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if !(part == ".." && absolute) {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : joined
  }
}
