/// The `plan` benchmark (not written yet).
enum PlanBenchmark {
  static func run() throws {
    print("(chưa có)")
  }
}
