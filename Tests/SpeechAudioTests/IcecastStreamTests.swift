import Foundation
import LoaTestSupport
import SpeechAudio
import Testing

/// Streaming to a real Icecast 2 server started by the test; the stream is recorded with ffmpeg
/// as a listener and measured with libsndfile, the title read back from `/status-json.xsl`.
/// Serialized: one server at a time keeps the 2-core CI machine's timing honest.
@Suite(.serialized) struct IcecastStreamTests {
  static let rate = 22_050

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
        "-analyzeduration", "0", "-i", icecast.listenURL, "-t", "2", "-ac", "1",
        "-ar", "\(Self.rate)", recording.path,
      ], log: icecast.folder.file("ffmpeg.log"))
    defer { listener.stop() }
    // Fed in real time, 50 ms blocks, as a player would.
    let tone = ToneAnalysis.tone(frequency: 880, seconds: 3.5, sampleRate: Self.rate)
    let block = Self.rate / 20
    let started = Date()
    var sentTitle: String?
    for (index, start) in stride(from: 0, to: tone.count, by: block).enumerated() {
      try stream.write(Array(tone[start..<min(start + block, tone.count)]))
      if index == 10 { sentTitle = icecast.currentTitle() }
      let due = Double(start + block) / Double(Self.rate)
      let wait = due - Date().timeIntervalSince(started)
      if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
    }
    #expect(sentTitle == "Bản tin sáng", "status-json.xsl: \(String(describing: sentTitle))")
    #expect(stream.bytesSent > 20_000, "\(stream.bytesSent) bytes of MP3")
    #expect(listener.waitForExit(timeout: 5), "ffmpeg: \(listener.log)")
    try stream.close()
    let probe = try AudioProbe(recording)
    #expect(abs(probe.seconds - 2) < 0.1, "listener got \(probe.seconds) s; \(listener.log)")
    let middle = probe.samples.dropFirst(probe.frames / 4).dropLast(probe.frames / 4)
    #expect(abs(ToneAnalysis.dominantFrequency(middle, sampleRate: Self.rate) - 880) <= 5)
    #expect(
      abs(ToneAnalysis.rmsDecibels(middle) - (-9.03)) < 1.5,
      "\(ToneAnalysis.rmsDecibels(middle)) dBFS")
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
