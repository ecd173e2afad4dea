/// The programs streamed live to an Icecast server as MP3, with each program's title shown to
/// listeners.
///
/// Connects when created (at most ``init(url:sampleRate:kilobitsPerSecond:streamName:connectTimeout:)``'s
/// timeout, 5 s by default). Writing never blocks on the network: libshout queues what the socket
/// cannot take yet. Feed it in real time — paced by the sound card, or by the player's clock
/// with `--device none` — since Icecast passes data on to listeners as fast as it arrives.
///
/// Errors: ``PlayoutError/streamUnreachable(_:reason:)`` (server down, wrong port, timeout),
/// ``PlayoutError/streamRefused(_:reason:)`` (wrong password, mount taken) when connecting;
/// ``PlayoutError/streamLost(_:reason:)`` while streaming. Close it, keep airing, and try a new
/// one every 30 s.
public final class IcecastStream: AudioOutput {
  /// The target without its password.
  public var name: String { target.description }
  /// Where it streams to.
  public let target: IcecastURL
  /// The rate of the samples written (and of the MP3 stream).
  public let sampleRate: Int
  /// The MP3 bitrate asked for.
  public let kilobitsPerSecond: Int
  /// Frames accepted so far.
  public private(set) var framesWritten = 0
  /// Same as ``framesWritten`` (what listeners have heard is beyond this side's knowledge).
  public var framesPlayed: Int { framesWritten }
  /// MP3 bytes handed to libshout so far.
  public var bytesSent: Int { encoder?.bytesSent ?? 0 }

  private var connection: ShoutConnection?
  private var encoder: MP3StreamEncoder?

  /// Connects to `url` as a source and starts an MP3 encoder.
  ///
  /// - Parameters:
  ///   - sampleRate: the rate of the samples to be written (MP3 takes 8–48 kHz).
  ///   - kilobitsPerSecond: constant bitrate (nearest one LAME has; 64 suits speech).
  ///   - streamName: the station name listeners' players show.
  ///   - connectTimeout: seconds to wait for the server before ``PlayoutError/streamUnreachable(_:reason:)``.
  public init(
    url: IcecastURL, sampleRate: Int, kilobitsPerSecond: Int = 64, streamName: String? = nil,
    connectTimeout: Double = 5
  ) throws {
    target = url
    self.sampleRate = sampleRate
    self.kilobitsPerSecond = kilobitsPerSecond
    let connection = try ShoutConnection(
      target: url, sampleRate: sampleRate, kilobitsPerSecond: kilobitsPerSecond,
      streamName: streamName, timeout: connectTimeout)
    self.connection = connection
    encoder = try MP3StreamEncoder(sampleRate: sampleRate, kilobitsPerSecond: kilobitsPerSecond) {
      try connection.send($0)
    }
  }

  /// Parses `url` (``IcecastURL``) and connects.
  public convenience init(url: String, sampleRate: Int, streamName: String? = nil) throws {
    try self.init(url: IcecastURL(url), sampleRate: sampleRate, streamName: streamName)
  }

  /// Encodes and sends the samples.
  public func write(_ samples: UnsafeBufferPointer<Float>) throws {
    guard let encoder else { throw PlayoutError.closed(name) }
    try encoder.encode(samples)
    framesWritten += samples.count
  }

  /// Shows `title` (UTF-8, e.g. "Bản tin sáng") as the stream's current song.
  public func setTitle(_ title: String) throws {
    guard let connection else { throw PlayoutError.closed(name) }
    try connection.setTitle(title)
  }

  /// Sends what libshout still has queued (up to 2 s).
  public func drain() {
    connection?.flush(timeout: 2)
  }

  /// Flushes the encoder, sends the last frames and disconnects.
  public func close() throws {
    guard let encoder, let connection else { return }
    self.encoder = nil
    self.connection = nil
    defer { connection.close() }
    try encoder.finish()
    connection.flush(timeout: 2)
  }
}
