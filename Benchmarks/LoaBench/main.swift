import Foundation

// `loa-bench [speech|normalize|plan|render|all]`: release-build benchmarks.
// Each benchmark prints its figures and the ratio against a reference measured in the same run.
let benchmarks: [(name: String, run: () throws -> Void)] = [
  ("speech", SpeechBenchmark.run),
  ("normalize", NormalizeBenchmark.run),
  ("plan", PlanBenchmark.run),
  ("render", RenderBenchmark.run),
]

let requested = CommandLine.arguments.dropFirst().first ?? "all"
let selected = requested == "all" ? benchmarks : benchmarks.filter { $0.name == requested }
if selected.isEmpty {
  FileHandle.standardError.write(
    Data(
      "loa-bench: không có phép đo '\(requested)'. Có: speech, normalize, plan, render, all\n".utf8)
  )
  exit(2)
}
for benchmark in selected {
  print("== \(benchmark.name) ==")
  do {
    try benchmark.run()
  } catch {
    print("loa-bench \(benchmark.name): \(error)")
    exit(1)
  }
}
