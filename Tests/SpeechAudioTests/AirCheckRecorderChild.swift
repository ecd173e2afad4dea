import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// The child process of the recorder's kill and disk-full tests: the test binary started again
/// with `--filter SpeechAudioTests.AirCheckRecorderChild` and ``folderVariable`` set. Skipped in
/// an ordinary run.
@Suite struct AirCheckRecorderChild {
  static let folderVariable = "LOA_AIRCHECK_CHILD"
  static let modeVariable = "LOA_AIRCHECK_MODE"
  /// File-size limit of the disk-full mode: about 4.5 s of 16-bit 22,050 Hz mono.
  static let sizeLimit = 200_000

  /// Starts the child in `mode` (`kill` or `disk-full`) recording into `folder`.
  static func start(mode: String, folder: URL) throws -> TestServer {
    var path = [CChar](repeating: 0, count: 4_096)
    let length = readlink("/proc/self/exe", &path, path.count - 1)
    let executable = String(
      decoding: path[0..<max(0, length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return try TestServer(
      executable,
      ["--testing-library", "swift-testing", "--filter", "SpeechAudioTests.AirCheckRecorderChild"],
      environment: [folderVariable: folder.path, modeVariable: mode],
      log: folder.appendingPathComponent("child.log"))
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment[folderVariable] != nil))
  func child() throws {
    let environment = ProcessInfo.processInfo.environment
    let folder = URL(fileURLWithPath: environment[Self.folderVariable]!)
    let mode = environment[Self.modeVariable] ?? "kill"
    if mode == "disk-full" {
      // Writing past RLIMIT_FSIZE fails with EFBIG, as a full disk fails with ENOSPC.
      signal(SIGXFSZ, SIG_IGN)
      var limit = rlimit(rlim_cur: rlim_t(Self.sizeLimit), rlim_max: rlim_t(Self.sizeLimit))
      setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
    }
    let recorder = try AirCheckRecorder(
      url: folder.appendingPathComponent("air.wav"), sampleRate: 22_050)
    let block = ToneAnalysis.tone(frequency: 440, seconds: 0.1, sampleRate: 22_050)
    switch mode {
    case "kill":
      for _ in 0..<22 { try recorder.write(block) }
      _ = FileManager.default.createFile(
        atPath: folder.appendingPathComponent("ready").path, contents: nil)
      sleep(60)  // killed long before
    default:
      let airing = NullOutput(sampleRate: 22_050)
      var failure = "none"
      for _ in 0..<100 {
        try airing.write(block)
        do { try recorder.write(block) } catch {
          failure = "\(error)"
          break
        }
      }
      try? recorder.close()
      try failure.write(
        to: folder.appendingPathComponent("error.txt"), atomically: false, encoding: .utf8)
    }
  }
}
