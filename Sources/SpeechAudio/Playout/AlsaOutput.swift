/// A sound card (or any ALSA PCM: `default`, `pulse`, `hw:0,0`, `plughw:1`) playing the
/// schedule's audio.
///
/// ALSA's own resampling is turned off: when the device cannot take ``sampleRate`` it is opened
/// at the rate it offers (``deviceRate``) and the audio is resampled with libsoxr. Writes block
/// until the device has room, so a loop of ``write(_:)`` calls runs in real time.
///
/// Errors are ``PlayoutError`` values: ``PlayoutError/unknownDevice(_:available:)`` (with the
/// PCMs ALSA lists) when opening, ``PlayoutError/deviceLost(_:reason:)`` when the device fails
/// while playing — close this output, log the airing as `failed`, and try a new one every few
/// seconds. Underruns (the machine was too busy for a moment) are recovered silently and counted
/// in ``underruns``.
public final class AlsaOutput: AudioOutput {
  /// `alsa:DEVICE`.
  public var name: String { "alsa:\(device)" }
  /// The PCM name.
  public let device: String
  /// The rate the caller's samples are at.
  public let sampleRate: Int
  /// The rate the device plays at (equal to ``sampleRate`` unless it could not take it).
  public var deviceRate: Int { pcm.rate }
  /// The device's ring buffer, in seconds (about 0.25 s): the most audio queued at any time.
  public var bufferSeconds: Double { Double(pcm.bufferFrames) / Double(pcm.rate) }
  /// The device's period, in seconds (about 0.05 s).
  public var periodSeconds: Double { Double(pcm.periodFrames) / Double(pcm.rate) }
  /// Channels the device plays (mono is duplicated when it needs more).
  public var deviceChannels: Int { pcm.channels }
  /// Underruns recovered from so far.
  public var underruns: Int { pcm.underruns }
  /// Frames (at ``sampleRate``) accepted so far.
  public private(set) var framesWritten = 0
  /// Frames (at ``sampleRate``) that have actually been played: written minus the device's delay.
  public var framesPlayed: Int {
    let queued = Double(pcm.delay() + pendingDeviceFrames) * Double(sampleRate) / Double(pcm.rate)
    return max(0, framesWritten - Int(queued.rounded()))
  }

  private let pcm: AlsaPCM
  private var resampler: Resampler?
  /// Device frames the resampler still holds (its filter delay), counted as not yet played.
  private var deviceFramesSent = 0
  private var isClosed = false

  /// Opens `device` for `sampleRate` mono audio.
  ///
  /// - Parameters:
  ///   - device: an ALSA PCM name (`default` plays wherever the system sends sound).
  ///   - sampleRate: the rate of the samples to be written (the schedule's rate).
  ///   - deviceRate: force this device rate (for a card known to need 48 kHz); `nil` asks for
  ///     `sampleRate` and takes what the device offers.
  ///   - bufferSeconds: the ring buffer to ask for; longer survives a busier machine, shorter
  ///     stops sooner when an emergency interrupts.
  public init(
    device: String = "default", sampleRate: Int, deviceRate: Int? = nil,
    bufferSeconds: Double = 0.25
  ) throws {
    guard (8_000...192_000).contains(sampleRate) else {
      throw SpeechAudioError.invalidSampleRate(sampleRate)
    }
    guard !device.isEmpty else { throw PlayoutError.invalidDevice(device) }
    self.device = device
    self.sampleRate = sampleRate
    pcm = try AlsaPCM(
      device: device, rate: deviceRate ?? sampleRate, bufferTime: bufferSeconds,
      periodTime: bufferSeconds / 5)
    resampler = pcm.rate == sampleRate ? nil : try Resampler(from: sampleRate, to: pcm.rate)
  }

  /// The playback PCMs ALSA lists (what ``PlayoutError/unknownDevice(_:available:)`` shows).
  public static func availableDevices() -> [String] {
    AlsaPCM.playbackDevices()
  }

  /// Plays the samples; blocks until the device has taken them.
  public func write(_ samples: UnsafeBufferPointer<Float>) throws {
    guard !isClosed else { throw PlayoutError.closed(name) }
    if let resampler {
      try resampler.process(samples) { chunk in
        try pcm.write(chunk)
        deviceFramesSent += chunk.count
      }
    } else {
      try pcm.write(samples)
      deviceFramesSent += samples.count
    }
    framesWritten += samples.count
  }

  /// Device frames the resampler has been given but not yet produced.
  private var pendingDeviceFrames: Int {
    guard resampler != nil else { return 0 }
    let expected = Double(framesWritten) * Double(pcm.rate) / Double(sampleRate)
    return max(0, Int(expected.rounded()) - deviceFramesSent)
  }

  /// Plays what the resampler still holds, then blocks until the device has played everything.
  public func drain() throws {
    guard !isClosed else { return }
    if let resampler {
      try resampler.finish { chunk in
        try pcm.write(chunk)
        deviceFramesSent += chunk.count
      }
      // A finished resampler takes no more input; later writes get a fresh one.
      self.resampler = try Resampler(from: sampleRate, to: pcm.rate)
    }
    try pcm.drain()
  }

  /// Stops at once (what is queued, at most ``bufferSeconds``, is dropped) and frees the device.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    pcm.close()
  }
}
