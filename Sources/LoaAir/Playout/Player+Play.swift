import BroadcastPlan
import Foundation
import LoaStudio
import SpeechAudio

extension Player {
  /// How one playback ended.
  enum Ending {
    case finished
    case stopped(why: String)
    case failed(why: String)
  }

  /// Plays a program from its first sample, logging it `on_air` first and closing the row with
  /// the outcome.
  func play(_ program: AirProgram, lateBy: Double, stop: StopSignal) throws {
    var program = program
    if (try? FileChecksum.sha256(of: program.url)) != program.sha256 {
      // Missing or altered: render again before airing; never air a file the manifest disowns.
      try? refresh(force: true, verifyFiles: true)
      if let fresh = programs.first(where: { $0.date == program.date && $0.slot == program.slot }),
        (try? FileChecksum.sha256(of: fresh.url)) == fresh.sha256
      {
        program = fresh
      } else {
        let why = "tệp thiếu hoặc đã bị thay đổi (mã kiểm tra khác manifest)"
        _ = try airings.insert(
          program.airing(status: .failed, startedAt: clock.now(), output: outputs.names, note: why))
        report(.failed(file: program.file, why: why))
        // Try again (a render may succeed later) after a pause, not in a tight loop.
        let retryAt = clock.now().adding(seconds: configuration.deviceRetry * clock.speed)
        while !stop.isStopped && clock.now() < retryAt && !isOver {
          idle(until: retryAt, stop: stop)
        }
        return
      }
    }
    let startedAt = clock.now()
    outputs.padTimeline(to: frames(at: lateBy > 0 ? startedAt : program.startsAt))
    let note = [lateBy > 0 ? "muộn \(Int(lateBy.rounded())) giây" : "", outputs.failures]
      .filter { !$0.isEmpty }.joined(separator: "; ")
    let row = try airings.insert(
      program.airing(status: .onAir, startedAt: startedAt, output: outputs.names, note: note))
    report(.playing(file: program.file, lateBy: lateBy))
    outputs.setTitle("\(program.name) \(program.date.displayText)")
    let ending = stream(
      program.url, startingAt: lateBy > 0 ? startedAt : program.startsAt, airing: row.id,
      stop: stop)
    let played = outputs.programPlayedSeconds
    let ended = clock.now().iso8601(fractionDigits: 3)
    switch ending {
    case .finished:
      try airings.finish(
        id: row.id, endedAt: ended, playedSeconds: played,
        status: rules.finishedStatus(lateBy: lateBy))
      report(.finished(file: program.file, seconds: played))
    case .stopped(let why):
      try airings.finish(
        id: row.id, endedAt: ended, playedSeconds: played, status: .interrupted, note: why)
      report(.interrupted(file: program.file, playedSeconds: played, why: why))
    case .failed(let why):
      try airings.finish(
        id: row.id, endedAt: ended, playedSeconds: played, status: .failed, note: why)
      report(.failed(file: program.file, why: why))
    }
  }

  /// Streams a file to the outputs from `start`, paced by the clock when there is no device
  /// clock; stops (fading out over 0.3 s) for a stop signal or a queued emergency.
  func stream(
    _ url: URL, startingAt start: StationInstant, airing: Int64, stop: StopSignal,
    yieldsToEmergency: Bool = true
  ) -> Ending {
    outputs.beginProgram()
    let file: ProgramReader
    do {
      file = try ProgramReader(url: url, sampleRate: sampleRate)
    } catch {
      return .failed(why: "\(error)")
    }
    var sent = 0
    var nextProgress = configuration.progressInterval
    while !file.isFinished {
      let block: [Float]
      do {
        block = try file.read(maxFrames: configuration.blockFrames)
      } catch {
        return .failed(why: "\(error)")
      }
      if block.isEmpty { break }
      if configuration.pacedByClock { waitUntilSent(sent, since: start) }
      let interruption =
        stop.isStopped
        ? "dừng phát (tín hiệu dừng)"
        : (yieldsToEmergency && queue.hasPending ? "nhường thông báo khẩn" : nil)
      if let interruption {
        if let faded = try? file.fadeOut(seconds: 0.3) { try? outputs.write(faded) }
        outputs.endProgram()
        return .stopped(why: interruption)
      }
      do {
        try outputs.write(block)
      } catch {
        outputs.endProgram()
        return .failed(why: "\(error)")
      }
      sent += block.count
      if Double(sent) / Double(sampleRate) >= nextProgress {
        // The proof kept for a crash: what the device has really played, never more.
        try? airings.progress(id: airing, playedSeconds: outputs.currentPlayedSeconds)
        nextProgress += configuration.progressInterval
      }
    }
    // Without a device the program ends when its last sample's time has passed, not when it
    // was handed over.
    if configuration.pacedByClock { waitUntilSent(sent, since: start) }
    outputs.endProgram()
    return .finished
  }

  /// Waits until the clock reaches the time of `frames` samples after `start`.
  func waitUntilSent(_ frames: Int, since start: StationInstant) {
    let due = start.adding(seconds: Double(frames) / Double(sampleRate))
    clock.wait(until: due, atMostRealSeconds: .infinity)
  }

  /// Airs every valid queued emergency; returns whether any aired.
  func playEmergencies(stop: StopSignal) throws -> Bool {
    let (items, garbage) = queue.pending()
    for name in garbage where reportedGarbage.insert(name).inserted {
      report(.warning("bỏ qua tệp lạ trong hàng đợi khẩn: \(name)"))
    }
    var aired = false
    for item in items where !stop.isStopped {
      let now = clock.now()
      guard item.isValid(at: now) else {
        report(.warning("thông báo khẩn '\(item.title)' đã quá 30 phút, không phát"))
        queue.remove(item.id)
        continue
      }
      report(.emergency(title: item.title))
      let url = queue.audioURL(item.id)
      outputs.padTimeline(to: frames(at: now))
      let row = try airings.insert(
        Airing(
          date: now.day.description, slot: "khan", kind: .emergency,
          file: ".air/queue/\(item.id).wav", sha256: item.sha256, scheduledAt: item.createdAt,
          startedAt: now.iso8601(fractionDigits: 3), status: .onAir, output: outputs.names,
          note: item.title))
      outputs.setTitle("Thông báo khẩn")
      let ending = stream(
        url, startingAt: now, airing: row.id, stop: stop, yieldsToEmergency: false)
      queue.remove(item.id)
      let played = outputs.programPlayedSeconds
      let status: Airing.Status
      switch ending {
      case .finished: status = .aired
      case .stopped: status = .interrupted
      case .failed: status = .failed
      }
      try airings.finish(
        id: row.id, endedAt: clock.now().iso8601(fractionDigits: 3), playedSeconds: played,
        status: status)
      report(.finished(file: "thông báo khẩn '\(item.title)'", seconds: played))
      aired = true
    }
    return aired
  }
}
