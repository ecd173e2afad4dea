import Foundation

/// `loa-bench render`: the release `loa render` on the shipped schedule.
///
/// 1. A cold render of 30 days (empty output folder, empty cache) with `--jobs 1` (synthesis in
///    process) and with `--jobs 2` (two worker processes), in alternating pairs: target ≤ 0.6
///    of the `--jobs 1` time (the median pair); peak RSS of the parent and of each worker
///    (target ≤ 40 MiB each).
/// 2. The warm re-run of the same days: target ≤ 10% of the cold time.
/// 3. Peak memory while rendering one 60-minute program: target ≤ 40 MiB.
enum RenderBenchmark {
  static let days = 30
  static let firstDay = "2026-12-01"
  /// Cold render pairs (`LOA_BENCH_ROUNDS`, default 3).
  static var rounds: Int {
    max(1, ProcessInfo.processInfo.environment["LOA_BENCH_ROUNDS"].flatMap(Int.init) ?? 3)
  }

  static func run() throws {
    let loa = siblingExecutable("loa")
    let root = FileManager.default.currentDirectoryPath
    let schedule = root + "/schedules/hai-hung.yaml"
    guard FileManager.default.fileExists(atPath: schedule) else {
      throw BenchmarkFailure("chạy loa-bench từ thư mục gốc của dự án (cần \(schedule))")
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "loa-bench-render-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    let stats = work.appendingPathComponent("workers.txt")
    let (pairs, out) = try coldPairs(loa: loa, schedule: schedule, work: work, stats: stats)
    let warm = try ChildProcess.run(loa, arguments(schedule, out: out))
    guard warm.status == 0 else {
      throw BenchmarkFailure("loa render (ấm) thoát với mã \(warm.status)")
    }
    let audio = try airtime(of: URL(fileURLWithPath: out))
    for (round, pair) in pairs.enumerated() {
      print(
        String(
          format:
            "render cold %d/%d, %d days (%.0f min of programs): --jobs 1 %.2f s (CPU %.2f s, peak RSS %.1f MiB), --jobs 2 %.2f s (CPU %.2f s, peak RSS %.1f MiB) = %.2f",
          round + 1, rounds, days, audio / 60, pair.single.seconds, pair.single.cpuSeconds,
          pair.single.peakMiB, pair.double.seconds, pair.double.cpuSeconds, pair.double.peakMiB,
          pair.double.seconds / pair.single.seconds))
    }
    let ratios = pairs.map { $0.double.seconds / $0.single.seconds }.sorted()
    let cold = pairs.map(\.double.seconds).sorted()[pairs.count / 2]
    print(
      String(
        format: "render cold --jobs 2 / --jobs 1: median %.2f of %d pairs (target ≤ 0.6)",
        ratios[ratios.count / 2], rounds))
    print("render cold --jobs 2 (last pair): " + WorkerStats.read(stats).summary)
    print(
      String(
        format:
          "render warm, same days: %.3f s = %.1f%% of the median cold --jobs 2 (target ≤ 10%%)",
        warm.seconds, 100 * warm.seconds / cold))
    let long = try longProgram(in: work, root: root, loa: loa)
    print(
      String(
        format: "one %.1f-minute program: %.2f s, peak RSS %.1f MiB (target ≤ 40 MiB)",
        long.minutes, long.run.seconds, long.run.peakMiB))
  }

  /// `rounds` cold pairs, `--jobs 1` then `--jobs 2`, each into an empty folder (the last
  /// `--jobs 2` folder is kept, for the warm run): on a shared machine one pair's ratio moves
  /// by ±0.1, so the pairs alternate and the median ratio is the figure.
  static func coldPairs(loa: String, schedule: String, work: URL, stats: URL) throws -> (
    [(single: ChildProcess, double: ChildProcess)], out: String
  ) {
    var pairs: [(single: ChildProcess, double: ChildProcess)] = []
    var out = ""
    for round in 1...rounds {
      let single = work.appendingPathComponent("out-1-\(round)").path
      let reference = try ChildProcess.run(loa, arguments(schedule, out: single) + ["--jobs", "1"])
      guard reference.status == 0 else {
        throw BenchmarkFailure("loa render --jobs 1 (lạnh) thoát với mã \(reference.status)")
      }
      if !out.isEmpty { try? FileManager.default.removeItem(atPath: out) }
      out = work.appendingPathComponent("out-2-\(round)").path
      try? FileManager.default.removeItem(at: stats)
      setenv("LOA_WORKER_STATS", stats.path, 1)
      let cold = try ChildProcess.run(loa, arguments(schedule, out: out) + ["--jobs", "2"])
      unsetenv("LOA_WORKER_STATS")
      guard cold.status == 0 else {
        throw BenchmarkFailure("loa render --jobs 2 (lạnh) thoát với mã \(cold.status)")
      }
      pairs.append((reference, cold))
      try? FileManager.default.removeItem(atPath: single)
    }
    return (pairs, out)
  }

  /// `loa render` of the benchmark's days into `out`.
  static func arguments(_ schedule: String, out: String) -> [String] {
    ["render", "--schedule", schedule, "--date", firstDay, "--days", "\(days)", "--out", out]
  }

  /// Renders a day whose single slot holds about an hour of bulletins.
  static func longProgram(in work: URL, root: String, loa: String) throws -> (
    run: ChildProcess, minutes: Double
  ) {
    let schedule = work.appendingPathComponent("mot-gio.yaml")
    let yaml = """
      station: Đài truyền thanh xã Hải Hưng
      voice: { name: vi, rate: 150 }
      audio: { sample_rate: 22050, loudness: -16, format: wav, intro: chime, gap: 1.5 }
      opening: "Đài truyền thanh xã Hải Hưng xin kính chào bà con. Hôm nay, {weekday} ngày {date}."
      closing: "Bản tin được đọc bằng giọng nói tổng hợp. Xin cảm ơn bà con đã chú ý lắng nghe."
      slots:
        - { id: dai, name: Chương trình dài, at: "19:00", days: daily, length: 1h5m }
      campaigns:
        - id: tong-hop
          title: Tổng hợp
          scripts: [\(root)/scripts/luat-ai, \(root)/scripts/lua-dao-ai]
          from: 2026-12-01
          until: 2026-12-31
          per_day: 48
      """
    try yaml.write(to: schedule, atomically: true, encoding: .utf8)
    let out = work.appendingPathComponent("out-long")
    let run = try ChildProcess.run(
      loa, ["render", "--schedule", schedule.path, "--date", firstDay, "--out", out.path])
    guard run.status == 0 else {
      throw BenchmarkFailure("loa render (60 phút) thoát với mã \(run.status)")
    }
    return (run, try airtime(of: out) / 60)
  }

  /// Total seconds listed in every manifest under `out`.
  static func airtime(of out: URL) throws -> Double {
    var total = 0.0
    for name in try FileManager.default.contentsOfDirectory(atPath: out.path)
    where !name.hasPrefix(".") {
      let manifest = out.appendingPathComponent(name).appendingPathComponent("manifest.json")
      guard let data = FileManager.default.contents(atPath: manifest.path),
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        let programs = object["programs"] as? [[String: Any]]
      else { continue }
      total += programs.reduce(0) { $0 + (($1["seconds"] as? Double) ?? 0) }
    }
    return total
  }

  /// An executable built beside this one (`.build/release/loa`).
  static func siblingExecutable(_ name: String) -> String {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent(name).path
  }
}
