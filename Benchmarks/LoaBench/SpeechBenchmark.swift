import BroadcastPlan
import Foundation
import LoaStudio
import SpeechAudio

/// The `speech` benchmark: `loa say`'s pipeline (normalise → synthesise → meter → limit →
/// encode, through `Speaker` and `AudioRenderer`) against the `espeak-ng` command on the same
/// ~2,000-word text, alternating runs: in process, the `loa say` command with its default
/// `--jobs` (one synthesis worker per core) and with `--jobs 1`; then peak RSS of the parent and
/// of each worker, and peak RSS while rendering ~35 minutes of speech in process.
enum SpeechBenchmark {
  /// Runs per side.
  static let runs = 5
  /// Words in the timed text.
  static let words = 2_000

  /// Plain spoken Vietnamese in the style of the station's bulletins (facts from facts.md).
  static let sentences = [
    "Kính thưa toàn thể bà con nhân dân.",
    "Luật Trí tuệ nhân tạo đã được Quốc hội khóa mười lăm thông qua tại kỳ họp thứ mười.",
    "Luật có hiệu lực từ ngày mùng một tháng ba năm hai nghìn không trăm hai mươi sáu.",
    "Luật đặt con người ở vị trí trung tâm, trí tuệ nhân tạo phục vụ con người và không thay thế quyền quyết định của con người.",
    "Con người luôn giữ quyền kiểm soát và có thể can thiệp vào hệ thống trí tuệ nhân tạo.",
    "Luật chia hệ thống trí tuệ nhân tạo thành ba mức rủi ro là cao, trung bình và thấp.",
    "Âm thanh, hình ảnh và video do trí tuệ nhân tạo tạo ra phải được gắn nhãn để người dân nhận biết.",
    "Nghiêm cấm dùng trí tuệ nhân tạo để lừa dối người khác bằng cách giả mạo người thật, việc thật.",
    "Hiện nay, kẻ gian dùng công nghệ giả mạo hình ảnh, giọng nói để gọi video giả làm người thân.",
    "Chúng báo tin người nhà bị tai nạn hoặc mắc nợ và đòi chuyển tiền gấp.",
    "Có kẻ giả danh công an, viện kiểm sát, gửi lệnh bắt giả và đòi bà con cung cấp mã xác thực.",
    "Công an không làm việc với người dân qua cuộc gọi video và không bao giờ yêu cầu chuyển tiền.",
    "Khi nghi ngờ, bà con hãy tắt máy và đến công an xã gần nhất.",
    "Bà con hãy gọi lại cho người thân bằng số điện thoại đã biết từ trước.",
    "Không vội chuyển tiền, không cung cấp mật khẩu, mã xác thực hay số thẻ cho bất kỳ ai.",
    "Bà con nên hạn chế đăng ảnh và video cá nhân lên mạng xã hội.",
    "Dấu hiệu của cuộc gọi giả mạo là cuộc gọi rất ngắn, khuôn mặt ít biểu cảm, dáng người thiếu tự nhiên.",
    "Nếu đã bị lừa, bà con hãy báo ngay cho cơ quan công an gần nhất.",
    "Không tin những người hứa lấy lại tiền để đòi trả phí.",
    "Xin cảm ơn bà con đã chú ý lắng nghe.",
  ]

  /// The sentences repeated until the text has at least `count` words.
  static func text(words count: Int) -> String {
    var result: [String] = []
    var total = 0
    var index = 0
    while total < count {
      let sentence = sentences[index % sentences.count]
      result.append(sentence)
      total += sentence.split(separator: " ").count
      index += 1
      if index % 5 == 0 { result.append("\n") }
    }
    return result.joined(separator: " ")
  }

  /// Set in the child process that measures memory alone (a fresh process: honest VmHWM).
  static let memoryChildVariable = "LOA_BENCH_SPEECH_MEMORY"

  static func run() throws {
    if ProcessInfo.processInfo.environment[memoryChildVariable] != nil {
      return try measureMemory()
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("loa-bench-speech-\(getpid())", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = text(words: words)
    let textFile = folder.appendingPathComponent("text.txt")
    try Data(text.utf8).write(to: textFile)
    print(
      "Văn bản: \(text.split(whereSeparator: \.isWhitespace).count) từ, \(Synthesizer.shared.engineVersion)"
    )
    try timeAgainstCommand(text: text, textFile: textFile, folder: folder)
    try spawnMemoryChild()
  }

  /// Runs this benchmark again in a fresh process that only measures memory.
  static func spawnMemoryChild() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["speech"]
    process.environment = ProcessInfo.processInfo.environment.merging([memoryChildVariable: "1"]) {
      $1
    }
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    for line in output.split(separator: "\n") where !line.hasPrefix("==") { print(line) }
    guard process.terminationStatus == 0 else { throw Failure("memory child failed") }
  }

  /// Wall and CPU seconds of one run.
  struct Timing {
    var wall: Double
    var cpu: Double
  }

  /// Alternating runs of Loa (in process, and the `loa` binary beside this one when built) and
  /// the espeak-ng command; prints medians and the median of the per-round ratios.
  static func timeAgainstCommand(text: String, textFile: URL, folder: URL) throws {
    let output = folder.appendingPathComponent("loa.wav")
    let reference = folder.appendingPathComponent("espeak.wav")
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("loa")
    let hasBinary = FileManager.default.isExecutableFile(atPath: binary.path)
    var inProcess: [Timing] = []
    var command: [Timing] = []
    var single: [Timing] = []
    var espeak: [Timing] = []
    var seconds = 0.0
    try Synthesizer.shared.prepare()
    for _ in 0..<runs {
      let cpu = cpuSeconds(RUSAGE_SELF.rawValue)
      let start = Date()
      let result = try Speaker().say(
        SpeechRequest(input: .text(text), output: output, day: benchDay))
      inProcess.append(
        Timing(wall: Date().timeIntervalSince(start), cpu: cpuSeconds(RUSAGE_SELF.rawValue) - cpu))
      seconds = result.seconds
      if hasBinary {
        command.append(
          try child(binary.path, ["say", "--file", textFile.path, "-o", output.path]))
        single.append(
          try child(
            binary.path, ["say", "--jobs", "1", "--file", textFile.path, "-o", output.path]))
      }
      espeak.append(
        try child(
          "/usr/bin/env",
          ["espeak-ng", "-v", "vi", "-s", "150", "-w", reference.path, "-f", textFile.path]))
    }
    let referenceSeconds = (try? AudioFile.probe(reference).seconds) ?? 0
    report("espeak-ng -v vi -s 150 -w (tham chiếu)", espeak, audio: referenceSeconds, against: nil)
    report(
      "Loa trong tiến trình (Speaker → AudioRenderer)", inProcess, audio: seconds, against: espeak)
    if hasBinary {
      let cores = ProcessInfo.processInfo.activeProcessorCount
      report(
        "Lệnh loa say, --jobs mặc định = \(cores) (cả khởi động tiến trình)", command,
        audio: seconds, against: espeak, target: "≤ 0,8")
      report("Lệnh loa say --jobs 1", single, audio: seconds, against: espeak)
      try reportWorkerMemory(binary: binary, textFile: textFile, output: output)
    }
  }

  /// Peak RSS of the `loa say` parent and of each worker, as `loa` reports them through
  /// `LOA_WORKER_STATS` (read from /proc just before each worker ends).
  static func reportWorkerMemory(binary: URL, textFile: URL, output: URL) throws {
    let stats = output.deletingLastPathComponent().appendingPathComponent("workers.txt")
    try? FileManager.default.removeItem(at: stats)
    setenv("LOA_WORKER_STATS", stats.path, 1)
    defer { unsetenv("LOA_WORKER_STATS") }
    _ = try child(binary.path, ["say", "--file", textFile.path, "-o", output.path])
    print("loa say: " + WorkerStats.read(stats).summary)
  }

  /// Prints one line of medians and, against a reference, the median per-round ratio.
  static func report(
    _ name: String, _ timings: [Timing], audio: Double, against: [Timing]?,
    target: String = "≤ 1,2"
  ) {
    var line = String(
      format: "%@: trung vị %.3f s (CPU %.3f s) cho %.0f s âm thanh", name,
      median(timings.map(\.wall)), median(timings.map(\.cpu)), audio)
    if let against {
      let ratios = zip(timings, against).map { $0.wall / $1.wall }
      line += String(
        format: "; tỉ lệ thời gian so với espeak-ng: %.2f (mục tiêu %@)", median(ratios), target)
    }
    print(line)
  }

  /// Runs a command to completion; wall time and the CPU time it used.
  static func child(_ path: String, _ arguments: [String]) throws -> Timing {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    let cpu = cpuSeconds(RUSAGE_CHILDREN.rawValue)
    let start = Date()
    try process.run()
    process.waitUntilExit()
    let wall = Date().timeIntervalSince(start)
    guard process.terminationStatus == 0 else {
      throw Failure("\(arguments.first ?? path) exited with status \(process.terminationStatus)")
    }
    return Timing(wall: wall, cpu: cpuSeconds(RUSAGE_CHILDREN.rawValue) - cpu)
  }

  /// User + system CPU seconds of this process or of its finished children.
  static func cpuSeconds(_ who: Int32) -> Double {
    var usage = rusage()
    getrusage(who, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Peak RSS (VmHWM of this fresh process) while rendering about 35 minutes of speech.
  static func measureMemory() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("loa-bench-memory-\(getpid())", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let long = text(words: 7_300)
    try Synthesizer.shared.prepare()
    let before = highWaterMark()
    var start = Date()
    let speech = folder.appendingPathComponent("long.wav")
    let result = try Speaker().say(SpeechRequest(input: .text(long), output: speech, day: benchDay))
    var elapsed = Date().timeIntervalSince(start)
    print(
      String(
        format: "Bộ nhớ: %.1f phút giọng nói trong %.2f s; RSS đỉnh %.1f MB "
          + "(sau khi khởi động espeak-ng %.1f MB; mục tiêu ≤ 40 MB)",
        result.seconds / 60, elapsed, highWaterMark(), before))
    // A program as LoaStudio renders it: chime, cached bulletins (WAV at the native rate), gaps.
    let segments: [AudioSegment] = [
      .chime, .silence(seconds: 1.5), .file(speech), .silence(seconds: 1.5), .file(speech),
    ]
    start = Date()
    let program = try AudioRenderer().render(
      segments, to: folder.appendingPathComponent("program.wav"), options: AudioRenderOptions())
    elapsed = Date().timeIntervalSince(start)
    print(
      String(
        format:
          "Chương trình %.1f phút từ tệp đệm (chuông + 2 tệp WAV) trong %.2f s; RSS đỉnh %.1f MB",
        program.seconds / 60, elapsed, highWaterMark()))
  }

  /// VmHWM from /proc/self/status, in MB.
  static func highWaterMark() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
      return kb / 1024
    }
    return 0
  }

  /// A benchmark step that could not run.
  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
}

/// The day written into benchmark files' metadata (fixed: runs compare exactly).
private let benchDay = CalendarDay(year: 2026, month: 12, day: 1)!
