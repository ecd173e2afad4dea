import Foundation
import LoaTestSupport
import Testing

/// `loa say` and `loa voices` end to end: the built binary, its files and its messages.
@Suite struct SayCommandTests {
  @Test("loa say writes a normalised, labelled WAV and prints its path and duration")
  func sayWritesFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = try LoaProcess.run(
      ["say", "-o", "chao.wav", "Kính thưa bà con.", "Luật có hiệu lực từ 01/3/2026."],
      in: folder.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("Đã ghi chao.wav ("))
    #expect(run.stdout.contains("giây"))
    let url = folder.file("chao.wav")
    let probe = try AudioProbe(url)
    #expect(probe.sampleRate == 22_050 && probe.channels == 1)
    #expect(probe.seconds > 2 && probe.seconds < 15)
    #expect(probe.strings["comment"]?.contains("trí tuệ nhân tạo") == true)
    #expect(probe.strings["software"]?.hasPrefix("Loa (espeak-ng") == true)
    let loudness = try AudioProbe.loudness(of: url)
    #expect(abs(loudness.integrated + 16) <= 0.5 && loudness.truePeak <= -1)
    #expect(folder.contents() == ["chao.wav"])
  }

  @Test("Killed at random moments, loa say never leaves a truncated file under the real name")
  func killSafety() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let text = String(
      repeating: "Bà con hãy gọi lại cho người thân bằng số điện thoại đã biết. ", count: 40)
    try Data(text.utf8).write(to: folder.file("tin.txt"))
    var generator = SplitMix64(seed: 2026)
    var killedCount = 0
    for _ in 0..<6 {
      let delay = Double(generator.next() % 400) / 1000
      if try LoaProcess.runAndKill(
        ["say", "--file", "tin.txt", "-o", "tin.wav"], in: folder.url, after: delay)
      {
        killedCount += 1
      }
      let visible = folder.contents().filter { !$0.hasPrefix(".") }
      #expect(visible == ["tin.txt"] || visible == ["tin.txt", "tin.wav"], "\(visible)")
      if visible.contains("tin.wav") {
        #expect(try AudioProbe(folder.file("tin.wav")).seconds > 60, "a complete file or none")
      }
    }
    let run = try LoaProcess.run(["say", "--file", "tin.txt", "-o", "tin.wav"], in: folder.url)
    #expect(run.status == 0)
    #expect(folder.contents() == ["tin.txt", "tin.wav"], "leftovers cleaned up")
    #expect(killedCount > 0, "at least one run was killed mid-way")
  }

  @Test("A killed earlier run's temporary files are cleaned up by the next loa say")
  func cleansLeftovers() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let leftover = ".chao.wav.loa-tmp-999999999-42"
    try Data([0]).write(to: folder.file(leftover))
    let run = try LoaProcess.run(["say", "-o", "chao.wav", "Xin chào."], in: folder.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(folder.contents() == ["chao.wav"])
  }

  @Test("Text from stdin, --file (header skipped), rate, voice, sample rate and loudness flags")
  func inputsAndFlags() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let script = "---\ntitle: Thử\n---\nBà con chú ý.\n\nKhông chuyển tiền cho người lạ.\n"
    try Data(script.utf8).write(to: folder.file("tin.txt"))
    let fromFile = try LoaProcess.run(
      [
        "say", "--file", "tin.txt", "-o", "tin.flac", "--voice", "vi-vn-x-south",
        "--sample-rate", "44100", "--loudness", "-20",
      ], in: folder.url)
    #expect(fromFile.status == 0, "\(fromFile.stderr)")
    let probe = try AudioProbe(folder.file("tin.flac"))
    #expect(probe.sampleRate == 44_100 && probe.majorFormat == AudioProbe.flac)
    #expect(probe.strings["title"] == "Bà con chú ý.", "header not read aloud")
    #expect(abs(try AudioProbe.loudness(of: folder.file("tin.flac")).integrated + 20) <= 0.5)
    let fromStdin = try LoaProcess.run(
      ["say", "--rate", "200"], in: folder.url, input: Data("Xin chào bà con.".utf8))
    #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
    #expect(try AudioProbe(folder.file("say.wav")).seconds > 0.5)
  }

  @Test("loa voices lists the Vietnamese voices first with their regions")
  func voices() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = try LoaProcess.run(["voices"], in: folder.url)
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.prefix(4) == [
        "Giọng tiếng Việt:", "  vi                 — miền Bắc", "  vi-vn-x-central    — miền Trung",
        "  vi-vn-x-south      — miền Nam",
      ])
    #expect(lines.count > 20)
  }

  /// One bad-input case: arguments, stdin, environment, and the exact stderr line expected.
  struct BadInput: Sendable, CustomTestStringConvertible {
    let label: String
    let arguments: [String]
    var input = Data()
    var environment: [String: String] = [:]
    let message: String
    var testDescription: String { label }
  }

  static let badInputs: [BadInput] = [
    BadInput(
      label: "unknown voice", arguments: ["say", "--voice", "klingon", "Xin chào."],
      message:
        "loa: Không có giọng đọc 'klingon'. Các giọng hiện có: vi, vi-vn-x-central, vi-vn-x-south, af, am, an … (tổng cộng"
    ),
    BadInput(
      label: "empty text", arguments: ["say"], input: Data(" \n\t\n".utf8),
      message: "loa: Đầu vào chuẩn (stdin) không có chữ nào để đọc."),
    BadInput(
      label: "empty argument", arguments: ["say", "   "],
      message: "loa: Văn bản không có chữ nào để đọc."),
    BadInput(
      label: "invalid UTF-8 on stdin", arguments: ["say"],
      input: Data([0x58, 0x69, 0x6E, 0x20, 0x63, 0x68, 0xC3, 0xA0, 0x6F, 0xFF, 0x21]),
      message:
        "loa: Đầu vào chuẩn (stdin) không phải văn bản UTF-8 hợp lệ: byte sai ở vị trí 9 (tính từ 0). Hãy lưu tệp với bảng mã UTF-8."
    ),
    BadInput(
      label: "invalid UTF-8 in a file", arguments: ["say", "--file", "latin1.txt"],
      message:
        "loa: Tệp '{folder}/latin1.txt' không phải văn bản UTF-8 hợp lệ: byte sai ở vị trí 4 (tính từ 0). Hãy lưu tệp với bảng mã UTF-8."
    ),
    BadInput(
      label: "missing text file", arguments: ["say", "--file", "khong-co.txt"],
      message: "loa: Không đọc được tệp văn bản '{folder}/khong-co.txt'."),
    BadInput(
      label: "missing folder", arguments: ["say", "-o", "khong-co/tin.wav", "Xin chào."],
      message: "loa: Thư mục '{folder}/khong-co' không tồn tại."),
    BadInput(
      label: "unsupported extension", arguments: ["say", "-o", "tin.aiff2", "Xin chào."],
      message:
        "loa: Không hỗ trợ định dạng tệp âm thanh '.aiff2'. Hãy dùng .wav, .flac, .ogg hoặc .mp3."),
    BadInput(
      label: "espeak-ng data missing", arguments: ["say", "Xin chào."],
      environment: ["ESPEAK_DATA_PATH": "/nonexistent/espeak"],
      message:
        "loa: Không tìm thấy dữ liệu giọng đọc espeak-ng (đã tìm ở: /nonexistent/espeak). Hãy cài gói Debian espeak-ng-data: sudo apt-get install espeak-ng-data"
    ),
    BadInput(
      label: "sample rate out of range", arguments: ["say", "--sample-rate", "100", "Xin chào."],
      message: "loa: Tần số lấy mẫu 100 Hz không hợp lệ (phải từ 8000 đến 192000 Hz)."),
    BadInput(
      label: "rate out of range", arguments: ["say", "--rate", "1000", "Xin chào."],
      message: "loa: --rate phải từ 80 đến 450, không phải 1000."),
    BadInput(
      label: "pitch out of range", arguments: ["say", "--pitch", "101", "Xin chào."],
      message: "loa: --pitch phải từ 0 đến 100, không phải 101."),
    BadInput(
      label: "range out of range", arguments: ["say", "--range", "101", "Xin chào."],
      message: "loa: --range phải từ 0 đến 100, không phải 101."),
    BadInput(
      label: "word gap out of range", arguments: ["say", "--word-gap", "500", "Xin chào."],
      message: "loa: --word-gap phải từ 0 đến 100, không phải 500."),
    BadInput(
      label: "unknown variant", arguments: ["say", "--variant", "f9", "Xin chào."],
      message:
        "loa: Không có biến thể giọng 'f9' (có: none, loa, f1…f5, m1…m8, klatt…klatt6, …)."),
  ]

  @Test(
    "Bad input: one Vietnamese line, non-zero exit, no backtrace, no file", arguments: badInputs)
  func badInput(_ bad: BadInput) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Data([0x43, 0x68, 0x61, 0x6F, 0xE0, 0x20, 0x62, 0xE0]).write(to: folder.file("latin1.txt"))
    let before = folder.contents()
    let run = try LoaProcess.run(
      bad.arguments, in: folder.url, input: bad.input, environment: bad.environment)
    let expected = bad.message.replacingOccurrences(of: "{folder}", with: folder.url.path)
    #expect(run.status != 0)
    #expect(!run.crashed, "\(run.stderr)")
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(run.stderr)")
    #expect(run.stderr.hasPrefix(expected), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(folder.contents() == before, "files left: \(folder.contents())")
  }

  @Test("Text and --file together are a usage error: one Vietnamese line, exit 64")
  func textAndFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = try LoaProcess.run(["say", "--file", "tin.txt", "Xin chào."], in: folder.url)
    #expect(run.status == 64 && !run.crashed)
    #expect(
      run.stderr.hasPrefix(
        "loa: Hãy đưa văn bản trên dòng lệnh hoặc dùng --file, không dùng cả hai.\n"))
    #expect(folder.contents().isEmpty)
  }

  @Test("An unwritable output folder: one line, non-zero exit, nothing written")
  func unwritableFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let locked = try UnwritableFolder()
    defer { locked.remove() }
    let target = locked.url.appendingPathComponent("tin.wav").path
    let run = try LoaProcess.run(["say", "-o", target, "Xin chào."], in: folder.url)
    #expect(run.status != 0 && !run.crashed)
    #expect(
      run.stderr == "loa: Không ghi được vào thư mục '\(locked.url.path)' (không có quyền ghi).\n")
    #expect(locked.isEmpty)
  }

  /// A small seeded random generator (SplitMix64): the kill schedule is the same every run.
  struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
      state = seed
    }

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}
