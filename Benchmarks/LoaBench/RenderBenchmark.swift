/// The `render` benchmark (not written yet).
enum RenderBenchmark {
  static func run() throws {
    print("(chưa có)")
  }
}
