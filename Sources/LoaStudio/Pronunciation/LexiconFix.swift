import Foundation

/// `loa check --fix-lexicon`: appends suggested entries, commented out, to the lexicon in use.
///
/// Each suggestion becomes `# written<TAB>spoken` so that nothing changes until the operator
/// checks it and removes the `#`. A word already in the file (as an entry or a commented
/// suggestion) is not added again. The file is written to a temporary name and renamed.
///
/// ```swift
/// let added = try LexiconFix(path: studio.lexiconPath).append(findings.map(\.lexiconLine))
/// ```
public struct LexiconFix: Sendable {
  /// The lexicon file (created when missing).
  public let path: String

  /// A fix for the lexicon at `path`.
  public init(path: String) {
    self.path = path
  }

  /// Appends each `written<TAB>spoken` line not yet in the file, commented out; returns the
  /// lines appended (as written to the file).
  ///
  /// - Throws: ``StudioError/unwritableLexicon(path:)`` when the file cannot be written.
  @discardableResult
  public func append(_ lines: [String]) throws -> [String] {
    let existing =
      FileManager.default.contents(atPath: path).flatMap {
        String(data: $0, encoding: .utf8)
      } ?? ""
    var known = Set(existing.split(separator: "\n").compactMap(Self.writtenForm))
    var added: [String] = []
    for line in lines {
      guard let written = Self.writtenForm(Substring(line)), !known.contains(written) else {
        continue
      }
      known.insert(written)
      added.append("# " + line)
    }
    guard !added.isEmpty else { return [] }
    var text = existing
    if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    text += added.joined(separator: "\n") + "\n"
    try write(text)
    return added
  }

  /// The written form of an entry or of a commented suggestion (`# written<TAB>spoken`);
  /// `nil` for other lines.
  static func writtenForm(_ line: Substring) -> String? {
    var content = line.drop(while: { $0 == " " })
    if content.hasPrefix("#") { content = content.dropFirst().drop(while: { $0 == " " }) }
    guard let tab = content.firstIndex(of: "\t") else { return nil }
    let written = content[..<tab].trimmingCharacters(in: .whitespaces)
    return written.isEmpty ? nil : written.precomposedStringWithCanonicalMapping
  }

  private func write(_ text: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        try? FileManager.default.removeItem(at: temporary)
        throw StudioError.unwritableLexicon(path: path)
      }
    } catch let error as StudioError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw StudioError.unwritableLexicon(path: path)
    }
  }
}
