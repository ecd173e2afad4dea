import Foundation

/// `loa-bench air`: the release `loa air` with `--device none`.
///
/// 1. Start accuracy on the real clock: 3 programs a minute apart, at the next minutes of the
///    wall clock (about 4 minutes): median and worst |started − scheduled|, target ≤ 20 ms.
/// 2. CPU used while idle between two programs (sampled from /proc), target < 1% of a core.
/// 3. A rehearsal of 20 programs on a virtual clock at 30×: the start error in station time
///    (exact by construction: the clock moves only while the player waits) and the real time
///    taken against the ideal (the rehearsed span ÷ 30), i.e. what the player's work adds.
enum AirBenchmark {
  static func run() throws {
    let loa = RenderBenchmark.siblingExecutable("loa")
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "loa-bench-air-\(getpid())")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    try realClock(loa: loa, work: work.appendingPathComponent("real"))
    try virtualClock(loa: loa, work: work.appendingPathComponent("virtual"))
  }

  /// Writes a schedule whose slots start at `times` (HH:MM), each airing one short bulletin.
  static func station(in folder: URL, times: [String]) throws -> String {
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("tin"), withIntermediateDirectories: true)
    try "---\ntitle: Tin ngắn\n---\nXin bà con chú ý giữ gìn vệ sinh chung.\n".write(
      to: folder.appendingPathComponent("tin/01.txt"), atomically: true, encoding: .utf8)
    let slots = times.enumerated().map {
      "  - { id: k\($0.offset), name: Khung \($0.offset), at: \"\($0.element)\", days: daily, length: 1m }"
    }
    let yaml = """
      station: Đài thử
      voice: { name: vi, rate: 150 }
      audio: { sample_rate: 22050, loudness: -16, format: wav, intro: chime, gap: 0.5 }
      opening: "Đài thử xin chào."
      closing: "Các bản tin trên được đọc bằng giọng nói do trí tuệ nhân tạo tạo ra."
      slots:
      \(slots.joined(separator: "\n"))
      campaigns:
        - { id: tin, title: Tin, scripts: tin, from: 2026-01-01, until: 2027-12-31, per_day: \(times.count) }

      """
    let path = folder.appendingPathComponent("lich.yaml").path
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// |started − scheduled| of every program airing in `out`, in station seconds.
  static func errors(loa: String, out: String) throws -> [Double] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: loa)
    process.arguments = ["status", "--out", out, "--format", "json"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    let airings = object["airings"] as? [[String: Any]] ?? []
    return airings.compactMap { airing in
      guard airing["kind"] as? String == "program",
        let scheduled = (airing["scheduled_at"] as? String).flatMap(seconds),
        let started = (airing["started_at"] as? String).flatMap(seconds)
      else { return nil }
      return abs(started - scheduled)
    }
  }

  /// Seconds since the epoch of `2026-12-01T06:00:00.123+07:00`.
  static func seconds(_ text: String) -> Double? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let date = formatter.date(from: text) { return date.timeIntervalSince1970 }
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)?.timeIntervalSince1970
  }

  static func summary(_ values: [Double]) -> (median: Double, worst: Double) {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return (.nan, .nan) }
    return (sorted[sorted.count / 2], sorted.last!)
  }

  static func realClock(loa: String, work: URL) throws {
    let now = Date().timeIntervalSince1970 + 7 * 3600
    let firstMinute = Int(now / 60) + 2  // leaves a minute for rendering
    let times = (0..<3).map { offset -> String in
      let minute = (firstMinute + offset) % 1440
      return String(format: "%02d:%02d", minute / 60, minute % 60)
    }
    guard times.first! < times.last! else {
      print("air, real clock: bỏ qua (gần nửa đêm)")
      return
    }
    let schedule = try station(in: work, times: times)
    let out = work.appendingPathComponent("out").path
    let end = Date(timeIntervalSince1970: Double(firstMinute + 3) * 60 - 7 * 3600 + 5)
    let until = ISO8601DateFormatter.string(
      from: end, timeZone: TimeZone(secondsFromGMT: 7 * 3600)!,
      formatOptions: [.withInternetDateTime])
    let process = Process()
    process.executableURL = URL(fileURLWithPath: loa)
    process.arguments = [
      "air", "--schedule", schedule, "--out", out, "--device", "none", "--until", until,
    ]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Idle CPU: between the first program's end (~25 s after its start) and the second's start.
    let firstStart = Double(firstMinute) * 60 - 7 * 3600
    Thread.sleep(until: Date(timeIntervalSince1970: firstStart + 30))
    let before = cpuTicks(process.processIdentifier)
    let idleStart = Date()
    Thread.sleep(until: Date(timeIntervalSince1970: firstStart + 55))
    let after = cpuTicks(process.processIdentifier)
    let idleSeconds = Date().timeIntervalSince(idleStart)
    process.waitUntilExit()
    let errors = try errors(loa: loa, out: out)
    let (median, worst) = summary(errors)
    print(
      String(
        format: "air, real clock, %d programs: start error median %.1f ms, worst %.1f ms "
          + "(target ≤ 20 ms)", errors.count, median * 1000, worst * 1000))
    let cpu = Double(after - before) / Double(sysconf(Int32(_SC_CLK_TCK))) / idleSeconds
    print(String(format: "air, idle between programs: %.2f%% of a core (target < 1%%)", cpu * 100))
  }

  static func virtualClock(loa: String, work: URL) throws {
    let times = (0..<20).map { String(format: "06:%02d", $0) }
    let schedule = try station(in: work, times: times)
    let out = work.appendingPathComponent("out").path
    let run = try ChildProcess.run(
      loa,
      [
        "air", "--schedule", schedule, "--out", out, "--device", "none", "--from",
        "2026-12-01T05:59:50+07:00", "--until", "2026-12-01T06:20:00+07:00", "--speed", "30",
      ])
    guard run.status == 0 else { throw BenchmarkFailure("loa air thoát với mã \(run.status)") }
    let errors = try errors(loa: loa, out: out)
    let (median, worst) = summary(errors)
    let ideal = (20 * 60 + 10) / 30.0
    print(
      String(
        format: "air, virtual clock 30×, %d programs: start error median %.1f ms, worst %.1f ms "
          + "(station time); real time %.1f s against the ideal %.1f s (%.2f×), peak RSS %.1f MiB",
        errors.count, median * 1000, worst * 1000, run.seconds, ideal, run.seconds / ideal,
        run.peakMiB))
  }

  /// utime + stime of a process, in clock ticks.
  static func cpuTicks(_ pid: Int32) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = text.lastIndex(of: ")")
    else { return 0 }
    let fields = text[text.index(after: close)...].split(separator: " ")
    // After the command name: state is field 3, utime 14, stime 15 (1-based in proc(5)).
    guard fields.count > 13 else { return 0 }
    return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
  }
}
