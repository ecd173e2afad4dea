import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// Streaming to a real Icecast 2 server started by the test; the stream is recorded with ffmpeg
/// as a listener and measured with libsndfile, the title read back from `/status-json.xsl`.
/// Serialized: one server at a time keeps the 2-core CI machine's timing honest.
@Suite(.serialized) struct IcecastStreamTests {
  static let rate = 22_050

  /// Feeds `samples` in real time, 50 ms blocks, as a player would; `each` runs after every
  /// block and may stop the feed by returning false.
  private func feed(
    _ samples: [Float], to stream: IcecastStream, each: () -> Bool = { true }
  ) throws {
    let block = Self.rate / 20
    let started = Date()
    for start in stride(from: 0, to: samples.count, by: block) {
      try stream.write(Array(samples[start..<min(start + block, samples.count)]))
      guard each() else { return }
      let wait = Double(start + block) / Double(Self.rate) - Date().timeIntervalSince(started)
      if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
    }
  }

  @Test("3 s of 880 Hz with a Vietnamese title reach a listener: audio, level, UTF-8 title")
  func streamsToListener() throws {
    let icecast = try IcecastServer()
    defer { icecast.stop() }
    let stream = try IcecastStream(
      url: IcecastURL(icecast.sourceURL), sampleRate: Self.rate,
      streamName: "Đài truyền thanh xã Hải Hưng")
    try stream.setTitle("Bản tin sáng")
    let recording = icecast.folder.file("listener.wav")
    let listener = try TestServer(
      "/usr/bin/ffmpeg",
      [
        "-nostdin", "-loglevel", "error", "-y", "-f", "mp3", "-probesize", "4096",
        "-analyzeduration", "0", "-i", icecast.listenURL, "-t", "4", "-ac", "1", "-ar",
        "\(Self.rate)", recording.path,
      ], log: icecast.folder.file("ffmpeg.log"))
    defer { listener.stop() }
    // Silence until ffmpeg is listening (it starts slowly on a busy machine), then the tone and
    // more silence than ffmpeg's 4 s need: it stops by itself and finishes its file.
    let silence = [Float](repeating: 0, count: 30 * Self.rate)
    var listening = false
    try feed(silence, to: stream) {
      listening = icecast.listeners() > 0
      return !listening
    }
    #expect(listening, "no listener within 30 s: \(listener.log)")
    var shownTitle: String?
    try feed(ToneAnalysis.tone(frequency: 880, seconds: 3, sampleRate: Self.rate), to: stream) {
      // Icecast's stats thread publishes the title a moment after the metadata request.
      if shownTitle != "Bản tin sáng" { shownTitle = icecast.currentTitle() }
      return true
    }
    try feed([Float](repeating: 0, count: 5 * Self.rate), to: stream) { listener.isRunning }
    #expect(shownTitle == "Bản tin sáng", "status-json.xsl: \(String(describing: shownTitle))")
    // 64 kbit/s constant bitrate: 8,000 bytes a second of audio fed.
    let byteRate = Double(stream.bytesSent) / (Double(stream.framesWritten) / Double(Self.rate))
    #expect(abs(byteRate - 8_000) < 400, "\(byteRate) bytes/s")
    #expect(listener.waitForExit(timeout: 3), "ffmpeg: \(listener.log)")
    try stream.close()
    let heard = ToneAnalysis.audibleWindows(
      try AudioProbe(recording).samples, sampleRate: Self.rate)
    #expect(abs(heard.seconds - 3) <= 0.15, "listener heard \(heard.seconds) s; \(listener.log)")
    let pitch = ToneAnalysis.dominantFrequency(
      heard.samples[...], sampleRate: Self.rate, range: 780...980, step: 1)
    #expect(abs(pitch - 880) <= 2, "\(pitch) Hz")
    let level = ToneAnalysis.rmsDecibels(heard.samples[...])
    #expect(abs(level - (-9.03)) < 1.5, "\(level) dBFS")
  }

  @Test("A server that dies mid-stream gives streamLost within 3 s (no SIGPIPE)")
  func serverDies() throws {
    let icecast = try IcecastServer()
    defer { icecast.stop() }
    let stream = try IcecastStream(url: IcecastURL(icecast.sourceURL), sampleRate: Self.rate)
    let block = ToneAnalysis.tone(frequency: 440, seconds: 0.05, sampleRate: Self.rate)
    for _ in 0..<10 { try stream.write(block) }
    icecast.crash()
    let started = Date()
    var caught: Error?
    while caught == nil && Date().timeIntervalSince(started) < 5 {
      do {
        try stream.write(block)
        usleep(50_000)
      } catch { caught = error }
    }
    guard case PlayoutError.streamLost(let server, _)? = caught else {
      Issue.record("expected streamLost, got \(String(describing: caught))")
      return
    }
    #expect(server == "127.0.0.1:\(icecast.port)")
    #expect(Date().timeIntervalSince(started) < 3)
    try? stream.close()
  }

  @Test("A server that stops answering fails setTitle in about 2 s instead of hanging the player")
  func frozenServer() throws {
    let icecast = try IcecastServer()
    defer { icecast.stop() }
    let stream = try IcecastStream(url: IcecastURL(icecast.sourceURL), sampleRate: Self.rate)
    try stream.write(ToneAnalysis.tone(frequency: 440, seconds: 0.2, sampleRate: Self.rate))
    icecast.freeze()
    defer { icecast.thaw() }
    let started = Date()
    #expect {
      try stream.setTitle("Bản tin chiều")
    } throws: { error in
      guard case PlayoutError.streamLost(let server, let reason) = error else { return false }
      return server == "127.0.0.1:\(icecast.port)" && reason == "máy chủ không trả lời trong 2 giây"
    }
    let elapsed = Date().timeIntervalSince(started)
    #expect(elapsed >= 1.9 && elapsed < 3, "\(elapsed) s")
    try? stream.close()
  }

  @Test("A wrong password is refused with a typed error")
  func wrongPassword() throws {
    let icecast = try IcecastServer()
    defer { icecast.stop() }
    let url = IcecastURL(password: "sai", host: "127.0.0.1", port: icecast.port, mount: "/loa")
    #expect {
      try IcecastStream(url: url, sampleRate: Self.rate)
    } throws: { error in
      guard case PlayoutError.streamRefused(let server, _) = error else { return false }
      return server == "127.0.0.1:\(icecast.port)"
        && "\(error)".hasPrefix("Máy chủ Icecast 127.0.0.1:\(icecast.port) từ chối luồng phát: ")
    }
  }

  @Test(
    "An unreachable server fails quickly (< 5 s) with streamUnreachable",
    arguments: ["127.0.0.1", "10.255.255.1"])
  func unreachable(host: String) throws {
    let port = host == "127.0.0.1" ? TestServer.freePort() : 8000
    let url = IcecastURL(password: "x", host: host, port: port, mount: "/loa")
    let started = Date()
    #expect {
      try IcecastStream(url: url, sampleRate: Self.rate, connectTimeout: 2)
    } throws: { error in
      guard case PlayoutError.streamUnreachable(let server, _) = error else { return false }
      return server == "\(host):\(port)"
        && "\(error)".hasPrefix("Không kết nối được máy chủ Icecast \(host):\(port): ")
    }
    #expect(Date().timeIntervalSince(started) < 5)
  }
}
