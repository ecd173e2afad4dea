/// A script file split by ``ScriptParser``: its header fields with their positions, its body,
/// and the ``Script`` they make.
///
/// ```swift
/// let parsed = ScriptParser(path: "thong-bao/x.txt", file: "scripts/thong-bao/x.txt").parse(text)
/// parsed.field("air")?.valueLocation   // scripts/thong-bao/x.txt:3:6
/// parsed.body                          // what `loa say --file` reads
/// ```
public struct ParsedScript: Sendable, Hashable {
  /// Every well-formed `key: value` header line, in file order (unknown keys included).
  public var fields: [ScriptHeaderField]
  /// Whether the file starts with a `---` header block (terminated or not).
  public var hasHeader: Bool
  /// The 1-based line where the body starts (after the closing `---`).
  public var bodyLine: Int
  /// The text after the header as written (NFC, `\n` line ends); the whole text when there is
  /// no header or it is not terminated. Without a header its first line is the title.
  public var body: String
  /// The script, or `nil` when the file has no usable body.
  public var script: Script?
  /// Every problem found (header problems first, at their key or value).
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(
    fields: [ScriptHeaderField] = [], hasHeader: Bool = false, bodyLine: Int = 1,
    body: String = "", script: Script? = nil, diagnostics: [Diagnostic] = []
  ) {
    self.fields = fields
    self.hasHeader = hasHeader
    self.bodyLine = bodyLine
    self.body = body
    self.script = script
    self.diagnostics = diagnostics
  }

  /// The first header field with `key`.
  public func field(_ key: String) -> ScriptHeaderField? { fields.first { $0.key == key } }

  /// Every header field with `key` (`air` may be written more than once).
  public func fields(_ key: String) -> [ScriptHeaderField] { fields.filter { $0.key == key } }
}
