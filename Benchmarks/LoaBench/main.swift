import Foundation

// `loa-bench [speech|normalize|plan|render|serve|all]`: release-build benchmarks.
// Each benchmark prints its figures and the ratio against a reference measured in the same run.
let benchmarks: [(name: String, run: () throws -> Void)] = [
  ("speech", SpeechBenchmark.run),
  ("normalize", NormalizeBenchmark.run),
  ("plan", PlanBenchmark.run),
  ("render", RenderBenchmark.run),
  ("air", AirBenchmark.run),
  ("serve", ServeBenchmark.run),
]
// Not part of `all`: it needs the recognisers of `make bench-intelligibility`.
let extraBenchmarks: [(name: String, run: () throws -> Void)] = [
  ("intelligibility", IntelligibilityBenchmark.run)
]

let requested = CommandLine.arguments.dropFirst().first ?? "all"
let selected =
  requested == "all"
  ? benchmarks : (benchmarks + extraBenchmarks).filter { $0.name == requested }
if selected.isEmpty {
  FileHandle.standardError.write(
    Data(
      "loa-bench: không có phép đo '\(requested)'. Có: speech, normalize, plan, render, air, serve, intelligibility, all\n"
        .utf8)
  )
  exit(2)
}
/// Runs one benchmark in a fresh process, so each starts small: memory figures of child
/// processes would otherwise carry this process's own peak (Linux keeps it across exec).
func runIsolated(_ name: String) -> Int32 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
  process.arguments = [name]
  do {
    try process.run()
  } catch {
    print("loa-bench \(name): \(error)")
    return 1
  }
  process.waitUntilExit()
  return process.terminationStatus
}

if requested == "all" {
  for benchmark in selected where runIsolated(benchmark.name) != 0 { exit(1) }
  exit(0)
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
