import Foundation

/// The texts the normaliser tests read: the corpus and the shipped bulletin scripts.
///
/// Shared by `VietnameseTextTests` (golden snapshot, properties) and `PronunciationTests`
/// (espeak-ng phoneme checks), so both read exactly the same lines.
public enum NormalizerFixtures {
  /// The package root, found from this file.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/Fixtures/normalizer/corpus.txt` as written, "#" comment lines included.
  public static func corpusText() -> String {
    let url = root.appendingPathComponent("Tests/Fixtures/normalizer/corpus.txt")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }

  /// The corpus sentences: its non-empty lines that are not "#" comments.
  public static func corpus() -> [String] {
    corpusText().split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
  }

  /// The shipped scripts (`scripts/**/*.txt`) as paths relative to `scripts/`, sorted.
  public static func scriptPaths() -> [String] {
    let folder = root.appendingPathComponent("scripts")
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
  }

  /// The spoken body of a script (relative to `scripts/`): the text after its `---` header.
  public static func scriptBody(_ path: String) -> String {
    let url = root.appendingPathComponent("scripts").appendingPathComponent(path)
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
      return text
    }
    return lines[(end + 1)...].joined(separator: "\n")
  }

  /// Every non-empty body line of every shipped script.
  public static func scriptLines() -> [String] {
    scriptPaths().flatMap { path in
      scriptBody(path).split(separator: "\n").map(String.init)
    }
  }
}
