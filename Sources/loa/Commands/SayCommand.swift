import ArgumentParser
import BroadcastPlan
import Foundation
import LoaStudio
import SpeechAudio

/// `loa say`: reads a Vietnamese text aloud into an audio file.
struct SayCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "say",
    abstract: "Đọc một đoạn văn bản tiếng Việt thành tệp âm thanh.",
    discussion: """
      Văn bản lấy từ tham số, từ --file, hoặc từ đầu vào chuẩn (stdin) khi không có cả hai.
      Định dạng tệp ra theo phần mở rộng: .wav (mặc định), .flac, .ogg, .mp3.
      """)

  @Argument(help: "Văn bản cần đọc (bỏ trống để đọc từ --file hoặc stdin).")
  var text: [String] = []

  @Option(name: .long, help: "Tệp văn bản UTF-8 cần đọc.")
  var file: String?

  @OptionGroup var scheduleOption: ScheduleOption
  @OptionGroup var lexiconOption: LexiconOption
  @OptionGroup var jobsOption: JobsOption

  @Option(name: .shortAndLong, help: "Tệp âm thanh ghi ra.")
  var output: String = "say.wav"

  @Option(name: .long, help: "Giọng đọc: vi (miền Bắc), vi-vn-x-central, vi-vn-x-south.")
  var voice: String = "vi"

  @Option(name: .long, help: "Tốc độ đọc, số từ mỗi phút (80–450).")
  var rate: Int = VoiceSpec.defaultRate

  @Option(name: .long, help: "Cao độ giọng (0–100, 50 là cao độ gốc của giọng).")
  var pitch: Int = VoiceSpec.defaultPitch

  @Option(name: .long, help: "Độ trầm bổng (0–100, 50 là mức gốc; 0 là đều đều).")
  var range: Int = VoiceSpec.defaultRange

  @Option(name: .long, help: "Khoảng nghỉ thêm giữa các từ, đơn vị 10 ms (0–100).")
  var wordGap: Int = VoiceSpec.defaultWordGap

  @Option(name: .long, help: "Biến thể giọng: loa (của Loa), none, hoặc của espeak-ng (f2…).")
  var variant: String = VoiceSpec.defaultVariant ?? "none"

  @Option(name: .long, help: "Tần số lấy mẫu, Hz (22050, 44100, 48000…).")
  var sampleRate: Int = 22_050

  @Option(name: .long, parsing: .unconditional, help: "Độ to mục tiêu, LUFS (ví dụ -16).")
  var loudness: Double = -16

  func validate() throws {
    if file != nil && !text.isEmpty {
      throw ValidationError("Hãy đưa văn bản trên dòng lệnh hoặc dùng --file, không dùng cả hai.")
    }
    let numbers = [
      ("--rate", rate, 80...450), ("--pitch", pitch, 0...100), ("--range", range, 0...100),
      ("--word-gap", wordGap, 0...100),
    ]
    for (flag, value, allowed) in numbers where !allowed.contains(value) {
      throw ValidationError(
        "\(flag) phải từ \(allowed.lowerBound) đến \(allowed.upperBound), không phải \(value).")
    }
    if variant != "none" && !VoiceSpec.knownVariants.contains(variant) {
      throw ValidationError(
        "Không có biến thể giọng '\(variant)' (có: none, loa, f1…f5, m1…m8, klatt…klatt6, …).")
    }
  }

  /// The voice the options describe.
  var voiceSpec: VoiceSpec {
    VoiceSpec(
      name: voice, rate: rate, pitch: pitch, range: range, wordGap: wordGap,
      variant: variant == "none" ? nil : variant)
  }

  func run() async throws {
    let input: SpeechInput
    if let file {
      input = .file(URL(fileURLWithPath: file))
    } else if !text.isEmpty {
      input = .text(text.joined(separator: " "))
    } else {
      input = .standardInput(FileHandle.standardInput.readDataToEndOfFile())
    }
    let lexiconPath = LexiconFile.path(
      schedulePath: scheduleOption.path, override: lexiconOption.lexicon)
    let lexiconFile = LexiconFile.loadIfPresent(path: lexiconPath)
    for problem in lexiconFile.1 { Terminal.errorRaw("\(problem)\n") }
    let request = SpeechRequest(
      input: input, output: URL(fileURLWithPath: output), day: CommandClock.make().today(),
      voice: StationVoice.settings(for: voiceSpec), sampleRate: sampleRate, loudness: loudness,
      lexicon: lexiconFile.0)
    let pool = jobsOption.makePool()
    defer { JobsOption.finish(pool) }
    let result = try Speaker(renderer: AudioRenderer(pool: pool)).say(request)
    let seconds = String(format: "%.1f", result.seconds).replacingOccurrences(of: ".", with: ",")
    let loudness = String(format: "%.1f", result.integratedLoudness)
      .replacingOccurrences(of: ".", with: ",")
    print("Đã ghi \(output) (\(seconds) giây, \(loudness) LUFS).")
  }
}
