/// The `speech` benchmark (not written yet).
enum SpeechBenchmark {
  static func run() throws {
    print("(chưa có)")
  }
}
