import ArgumentParser

/// `--lexicon F`: the operator lexicon to use instead of `lexicon.tsv` beside the schedule (one
/// rule for every command and the web page: see `LexiconFile.path(schedulePath:override:)`).
struct LexiconOption: ParsableArguments {
  @Option(name: .long, help: "Từ điển phát âm (mặc định: lexicon.tsv cạnh tệp lịch phát).")
  var lexicon: String?
}
