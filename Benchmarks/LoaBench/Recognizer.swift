import Crypto
import Foundation

/// An offline speech recogniser run through `Benchmarks/Intelligibility/transcribe.py` in the
/// bench's Python environment (`.build-asr/venv`, made by `make bench-intelligibility`).
///
/// Transcriptions are cached by the SHA-256 of the 16 kHz file (`.build-asr/cache/ENGINE/`), so
/// a setting already measured costs nothing the next time.
struct Recognizer {
  /// `viet-asr` or `whisper`.
  let engine: String
  /// The bench's folder of Python, models and cache (`.build-asr`).
  let folder: URL

  /// The name shown in tables.
  var title: String { engine == "whisper" ? "Whisper base" : "viet-asr" }

  /// Texts recognised in `files`, in the same order.
  func transcribe(_ files: [URL]) throws -> [String] {
    let cache = folder.appendingPathComponent("cache/\(engine)", isDirectory: true)
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    let keys = try files.map { file -> URL in
      let digest = SHA256.hash(data: try Data(contentsOf: file))
      let hex = digest.map { String(format: "%02x", $0) }.joined()
      return cache.appendingPathComponent(hex + ".txt")
    }
    let missing = zip(files, keys).filter { !FileManager.default.fileExists(atPath: $0.1.path) }
    if !missing.isEmpty {
      let texts = try run(missing.map(\.0))
      for (file, key) in missing {
        try Data((texts[file.path] ?? "").utf8).write(to: key, options: .atomic)
      }
    }
    return try keys.map { try String(contentsOf: $0, encoding: .utf8) }
  }

  /// Runs the Python transcriber on `files` (list on stdin), returning path → text.
  private func run(_ files: [URL]) throws -> [String: String] {
    let process = Process()
    process.executableURL = folder.appendingPathComponent("venv/bin/python")
    process.arguments = ["Benchmarks/Intelligibility/transcribe.py", engine]
    var environment = ProcessInfo.processInfo.environment
    environment["WHISPER_MODEL_DIR"] = folder.appendingPathComponent("whisper-base").path
    environment["HF_HUB_OFFLINE"] = "1"
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(files.map { $0.path + "\n" }.joined().utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let texts = object["texts"] as? [String: String]
    else {
      throw BenchmarkFailure(
        "bộ nhận dạng \(engine) không chạy được (mã \(process.terminationStatus))")
    }
    return texts
  }
}
