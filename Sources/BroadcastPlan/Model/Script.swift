/// A bulletin script: its header and body paragraphs.
public struct Script: Sendable, Hashable {
  /// The path relative to the schedule, as written in plans (e.g. `../scripts/luat-ai/01.txt`).
  public var path: String
  /// The title (header `title:` or the first line).
  public var title: String
  /// Who approved it (`approved_by:`), if anyone.
  public var approvedBy: String?
  /// The dates it may air (`valid: A..B`); `nil` means always.
  public var validity: ClosedRange<CalendarDay>?
  /// Body paragraphs, each one line of text (blank lines in the file separate them).
  public var paragraphs: [String]
  /// The airings the header carries itself (`air: DATE SLOT` lines); they count only for a
  /// script in the schedule's announcement folder.
  public var airings: [ScriptAiring] = []
  /// The priority of those airings (`priority:`; default normal).
  public var airingPriority: Priority = .normal
  /// A recording read by the station's announcer beside the script (`01-x.wav`, `.flac`,
  /// `.ogg` or `.mp3` next to `01-x.txt`), relative to the schedule like ``path``; `nil` if none.
  public var recording: String?

  /// Creates a script.
  public init(
    path: String, title: String, approvedBy: String? = nil,
    validity: ClosedRange<CalendarDay>? = nil, paragraphs: [String]
  ) {
    self.path = path
    self.title = title
    self.approvedBy = approvedBy
    self.validity = validity
    self.paragraphs = paragraphs
  }

  /// The body as spoken text: paragraphs separated by a blank line.
  public var body: String { paragraphs.joined(separator: "\n\n") }

  /// The file name (last path component), which breaks rotation ties.
  public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }

  /// Whether the script may air on `day`.
  public func isValid(on day: CalendarDay) -> Bool { validity?.contains(day) ?? true }
}
