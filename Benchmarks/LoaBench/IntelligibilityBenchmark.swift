import Foundation
import LoaStudio
import SpeechAudio
import VietnameseText

/// `loa-bench intelligibility`: how well an offline recogniser understands Loa's speech.
///
/// Renders the fixed corpus (``IntelligibilityCorpus``) for each candidate setting — the stock
/// `espeak-ng -v vi -s 150` command and Loa's own speech path — converts it to 16 kHz without
/// dither (`sox -D`), transcribes it with each recogniser and prints syllable WER and CER per
/// setting and half, beside the recogniser's WER on natural speech (the clips of the `vieneu`
/// wheel). Options: `--candidates "stock;loa;label:rate=140,gap=2"`, `--halves tuning`,
/// `--recognizers viet-asr,whisper`, `--items sentences` (see ``IntelligibilityOptions``).
enum IntelligibilityBenchmark {
  static func run() throws {
    let options = IntelligibilityOptions(arguments: Array(CommandLine.arguments.dropFirst(2)))
    let folder = URL(fileURLWithPath: ".build-asr", isDirectory: true)
    guard FileManager.default.fileExists(atPath: folder.path + "/venv/bin/python") else {
      throw BenchmarkFailure(
        "thiếu môi trường nhận dạng .build-asr: chạy make bench-intelligibility")
    }
    let corpus = try IntelligibilityCorpus.load("Benchmarks/Intelligibility/corpus.tsv")
    let lexicon = LexiconFile.load(path: "schedules/lexicon.tsv").lexicon
    let renderer = CorpusRenderer(folder: folder, lexicon: lexicon)
    let candidates = try options.candidates.map(CandidateVoice.parse)
    print("| cài đặt | nửa | bộ nhận dạng | WER | CER | CER / gốc |")
    print("|---|---|---|---|---|---|")
    for recognizer in options.recognizers.map({ Recognizer(engine: $0, folder: folder) }) {
      let natural = try naturalScore(recognizer, folder: folder, lexicon: lexicon)
      print(
        "| giọng người thật (\(natural.words) âm tiết) | — | \(recognizer.title) | "
          + "\(percent(natural.wer)) | \(percent(natural.cer)) | — |")
      for half in options.halves {
        var stockCER: Double?
        for candidate in candidates {
          let items = corpus.half(half).filter { item in
            options.items == "all" || (options.items == "sentences") == item.id.hasPrefix("cau-")
          }
          let files = try renderer.render(items, candidate)
          let texts = try recognizer.transcribe(files)
          var score = SpeechScore(normalizer: Normalizer(lexicon: lexicon))
          for (item, text) in zip(items, texts) {
            score.add(reference: item.text, hypothesis: text)
          }
          if candidate.settings == nil { stockCER = score.cer }
          let ratio = stockCER.map { String(format: "%.2f", score.cer / $0) } ?? "—"
          print(
            "| \(candidate.label) | \(half) | \(recognizer.title) | \(percent(score.wer)) | "
              + "\(percent(score.cer)) | \(ratio) |")
        }
      }
    }
  }

  /// The recogniser on the natural-speech clips (`.build-asr/natural/clipN.wav` + `.txt`).
  static func naturalScore(
    _ recognizer: Recognizer, folder: URL, lexicon: Lexicon
  ) throws -> SpeechScore {
    let natural = folder.appendingPathComponent("natural", isDirectory: true)
    let clips = try FileManager.default.contentsOfDirectory(atPath: natural.path)
      .filter { $0.hasSuffix(".wav") }.sorted()
      .map { natural.appendingPathComponent($0) }
    guard !clips.isEmpty else { throw BenchmarkFailure("thiếu các đoạn giọng người thật") }
    let texts = try recognizer.transcribe(clips)
    var score = SpeechScore(normalizer: Normalizer(lexicon: lexicon))
    for (clip, text) in zip(clips, texts) {
      let reference = try String(
        contentsOf: clip.deletingPathExtension().appendingPathExtension("txt"), encoding: .utf8)
      score.add(reference: reference, hypothesis: text)
    }
    return score
  }

  static func percent(_ value: Double) -> String {
    String(format: "%.1f%%", value * 100)
  }
}
