import ArgumentParser
import BroadcastPlan
import Dispatch
import Foundation
import LoaAir
import LoaStudio
import SpeechAudio

/// `loa air`: plays each program at its time and logs what really aired (one line per event on
/// stdout; SIGTERM or SIGINT stop it cleanly).
struct AirCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "air",
    abstract: "Phát các chương trình đúng giờ và ghi nhật ký phát sóng.",
    discussion: """
      Chương trình muộn trong thời gian cho phép (air.late_grace, mặc định 10 phút) được phát lại \
      từ đầu và ghi là "muộn"; quá thời gian đó thì ghi "bỏ lỡ", không phát. Mỗi chương trình chỉ \
      phát một lần, kể cả khi khởi động lại. Thông báo khẩn (loa emergency) ngắt ngay chương trình.
      """)

  @OptionGroup var scheduleOption: ScheduleOption
  @OptionGroup var lexiconOption: LexiconOption
  @OptionGroup var jobsOption: JobsOption

  @Option(name: .long, help: "Thư mục kết quả.")
  var out: String = "out"

  @Option(name: .long, help: "Thiết bị ALSA (xem 'aplay -L'), hoặc none để không phát ra loa.")
  var device: String = "default"

  @Option(name: .long, help: "Ghi lại đúng những gì đã phát vào tệp WAV này.")
  var record: String?

  @Option(
    name: .long,
    help: "Phát đồng thời lên máy chủ Icecast: icecast://source:MẬTKHẨU@MÁY:CỔNG/ĐIỂMGẮN.")
  var stream: String?

  @Option(
    name: .long, help: "Bắt đầu đồng hồ ảo tại thời điểm này (ISO 8601 có múi giờ, hoặc now).")
  var from: String?

  @Option(
    name: .long,
    help: "Dừng tại thời điểm này (ISO 8601 có múi giờ); chương trình đang phát dở được phát hết.")
  var until: String?

  @Option(name: .long, help: "Chạy đồng hồ ảo nhanh gấp N lần (chỉ với --device none).")
  var speed: Double = 1

  func validate() throws {
    if let from, from != "now", StationInstant.parse(from) == nil {
      throw CommandError.instant(from)
    }
    if let until, StationInstant.parse(until) == nil { throw CommandError.instant(until) }
    if speed != 1, device != "none" { throw CommandError.speedNeedsNoDevice }
    if let stream { _ = try IcecastURL(stream) }
    _ = try PlaybackDevice(device)
    if !(speed > 0 && speed <= 10_000) { throw CommandError.speed(speed) }
  }

  func run() async throws {
    let base = CommandClock.make()
    let clock: any StationClock
    if let from {
      let origin = from == "now" ? base.now() : StationInstant.parse(from)!
      clock = VirtualClock(origin: origin, speed: speed)
    } else if base is FixedClock {
      // `LOA_NOW` names where the run starts: a player on a clock that never moves would wait
      // for ever, so it runs on a rehearsal clock from there.
      clock = VirtualClock(origin: base.now(), speed: speed)
    } else {
      clock = base
    }
    let studio = scheduleOption.studio(out: out, lexicon: lexiconOption)
    guard let claim = try PlayerClaim.claim(studio.output) else {
      throw CommandError.playerRunning(PlayerClaim.runningPlayer(studio.output) ?? -1, out)
    }
    defer { claim.release() }
    let schedule = try? studio.load(today: clock.today()).schedule
    let sampleRate = schedule?.audio.sampleRate ?? 22_050
    let station = schedule?.station ?? "Loa"
    let device = try PlaybackDevice(self.device)
    var timeline: [() throws -> any AudioOutput] = []
    if let record {
      let url = URL(fileURLWithPath: record)
      // A recording a killed player left under its temporary name gets its real name back.
      _ = try? AirCheckRecorder.recoverUnfinished(in: url.deletingLastPathComponent())
      timeline.append { try AirCheckRecorder(url: url, sampleRate: sampleRate) }
    }
    if let stream {
      let target = try IcecastURL(stream)
      timeline.append {
        try IcecastStream(url: target, sampleRate: sampleRate, streamName: station)
      }
    }
    let configuration = PlayerConfiguration(
      openDevice: { try device.open(sampleRate: sampleRate) },
      pacedByClock: self.device == "none", timeline: timeline,
      until: until.flatMap(StationInstant.parse), synthesisPool: jobsOption.makePool())
    defer { JobsOption.finish(configuration.synthesisPool) }
    let player = try Player(studio: studio, clock: clock, configuration: configuration) { event in
      FileHandle.standardOutput.write(Data("\(clock.now()) \(event)\n".utf8))
      if case .scheduleInvalid(_, let diagnostics) = event {
        Terminal.errorRaw(diagnostics.map { "\($0)\n" }.joined())
      }
    }
    let stop = StopSignal()
    let signals = Self.watchSignals(stop)
    defer { signals.forEach { $0.cancel() } }
    // The player blocks this task until it stops: a playout is the whole life of the process.
    try player.run(stop: stop)
  }

  /// SIGTERM and SIGINT raise `stop` (the player closes its airing and its outputs).
  static func watchSignals(_ stop: StopSignal) -> [DispatchSourceSignal] {
    [SIGTERM, SIGINT].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { stop.stop() }
      source.resume()
      return source
    }
  }
}
