/// The options of `loa-bench intelligibility`.
struct IntelligibilityOptions {
  /// Candidate settings (see ``CandidateVoice``); default: stock and Loa's defaults.
  var candidates = ["stock", "loa"]
  /// Corpus halves to measure.
  var halves = ["tuning", "confirmation"]
  /// Recognisers to use.
  var recognizers = ["viet-asr", "whisper"]
  /// Which items: `all`, `sentences` (the written sentences only, for quick sweeps), `scripts`.
  var items = "all"

  /// Reads `--candidates A;B`, `--halves H,H`, `--recognizers R,R`, `--items all|sentences|scripts`.
  init(arguments: [String]) {
    var iterator = arguments.makeIterator()
    while let flag = iterator.next() {
      guard let value = iterator.next() else { break }
      switch flag {
      case "--candidates": candidates = value.split(separator: ";").map(String.init)
      case "--halves": halves = value.split(separator: ",").map(String.init)
      case "--recognizers": recognizers = value.split(separator: ",").map(String.init)
      case "--items": items = value
      default: continue
      }
    }
  }
}
