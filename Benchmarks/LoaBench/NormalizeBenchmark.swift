/// The `normalize` benchmark (not written yet).
enum NormalizeBenchmark {
  static func run() throws {
    print("(chưa có)")
  }
}
