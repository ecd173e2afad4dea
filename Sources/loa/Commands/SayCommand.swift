import ArgumentParser
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
  var rate: Int = 150

  @Option(name: .long, help: "Tần số lấy mẫu, Hz (22050, 44100, 48000…).")
  var sampleRate: Int = 22_050

  @Option(name: .long, parsing: .unconditional, help: "Độ to mục tiêu, LUFS (ví dụ -16).")
  var loudness: Double = -16

  func validate() throws {
    if file != nil && !text.isEmpty {
      throw ValidationError("Hãy đưa văn bản trên dòng lệnh hoặc dùng --file, không dùng cả hai.")
    }
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
      voice: VoiceSettings(name: voice, rate: rate), sampleRate: sampleRate, loudness: loudness,
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
