import Foundation

/// The fixed corpus of `loa-bench intelligibility` (`Benchmarks/Intelligibility/corpus.tsv`):
/// every paragraph of the shipped scripts and ~150 everyday and bulletin sentences, split once
/// into a tuning half (settings are chosen on it) and a confirmation half (reported only).
struct IntelligibilityCorpus {
  /// One corpus item.
  struct Item {
    let id: String
    let half: String
    let text: String
  }

  /// Every item, in file order.
  let items: [Item]

  /// Reads the corpus file.
  static func load(_ path: String) throws -> IntelligibilityCorpus {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw BenchmarkFailure("không đọc được tệp ngữ liệu \(path)")
    }
    let items = text.split(separator: "\n").compactMap { line -> Item? in
      let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
      guard fields.count == 3 else { return nil }
      return Item(id: fields[0], half: fields[1], text: fields[2])
    }
    return IntelligibilityCorpus(items: items)
  }

  /// The items of one half (`tuning` or `confirmation`).
  func half(_ name: String) -> [Item] {
    items.filter { $0.half == name }
  }
}
