import CAlsa
import Glibc

/// An open ALSA playback PCM in blocking, interleaved mode; closed in `deinit`.
///
/// Set up for the caller's rate with ALSA's own resampling turned off: when the device cannot
/// take that rate, ``rate`` says what it took and the caller resamples (with libsoxr). Mono
/// samples are duplicated to every channel the device insists on, and converted to 16-bit when
/// it takes no floats.
final class AlsaPCM {
  private var handle: OpaquePointer?
  /// The PCM name it was opened with.
  let device: String
  /// The device's frames per second.
  let rate: Int
  /// The device's channels per frame (1 unless it takes no mono).
  let channels: Int
  /// Whether the device takes 32-bit floats (else 16-bit integers).
  let takesFloat: Bool
  /// The ring buffer and period the device settled on, in device frames.
  let bufferFrames: Int
  let periodFrames: Int
  /// Underruns recovered from so far.
  private(set) var underruns = 0
  private var interleaved: [Float] = []
  private var shorts: [Int16] = []

  /// Opens `device` for playback near `rate` with a ring buffer of about `bufferTime` seconds
  /// and periods of about `periodTime` seconds.
  init(device: String, rate wanted: Int, bufferTime: Double, periodTime: Double) throws {
    loa_alsa_silence_errors()
    self.device = device
    let pcm = try Self.open(device)
    handle = pcm
    do {
      let settled = try Self.configure(
        pcm, device: device, rate: wanted, bufferTime: bufferTime, periodTime: periodTime)
      takesFloat = settled.takesFloat
      channels = settled.channels
      rate = settled.rate
      bufferFrames = settled.bufferFrames
      periodFrames = settled.periodFrames
      try startWhenHalfFull(pcm)
    } catch {
      snd_pcm_close(pcm)
      handle = nil
      throw error
    }
  }

  /// Opens `device` for playback, blocking writes; a missing, busy or failing device is a
  /// ``PlayoutError``.
  private static func open(_ device: String) throws -> OpaquePointer {
    var pcm: OpaquePointer?
    // Opened non-blocking: a blocking open of a card another program holds waits until it is
    // released, which would freeze the player. Writes block again right after.
    let status = snd_pcm_open(&pcm, device, SND_PCM_STREAM_PLAYBACK, SND_PCM_NONBLOCK)
    guard status >= 0, let pcm else {
      if [-ENOENT, -ENODEV, -ENXIO, -EINVAL].contains(status) {
        throw PlayoutError.unknownDevice(device, available: playbackDevices())
      }
      if status == -EBUSY {
        throw PlayoutError.deviceUnavailable(
          device, reason: "thiết bị đang được chương trình khác dùng")
      }
      throw PlayoutError.deviceUnavailable(device, reason: reason(status))
    }
    _ = snd_pcm_nonblock(pcm, 0)
    return pcm
  }

  /// Sets the hardware parameters of the open `pcm`: interleaved access, floats if it takes
  /// them (else 16-bit), the fewest channels, the rate nearest `wanted` without ALSA's
  /// resampling, and buffer and period times near those asked; returns what it settled on.
  private static func configure(
    _ pcm: OpaquePointer, device: String, rate wanted: Int, bufferTime: Double,
    periodTime: Double
  ) throws -> (
    takesFloat: Bool, channels: Int, rate: Int, bufferFrames: Int, periodFrames: Int
  ) {
    var allocated: OpaquePointer?
    guard snd_pcm_hw_params_malloc(&allocated) >= 0, let params = allocated else {
      throw PlayoutError.deviceUnavailable(device, reason: reason(-ENOMEM))
    }
    defer { snd_pcm_hw_params_free(params) }
    func check(_ status: Int32, _ what: String) throws {
      guard status < 0 else { return }
      throw PlayoutError.deviceUnavailable(device, reason: "\(what): \(reason(status))")
    }
    try check(snd_pcm_hw_params_any(pcm, params), "không đọc được khả năng của thiết bị")
    _ = snd_pcm_hw_params_set_rate_resample(pcm, params, 0)
    try check(
      snd_pcm_hw_params_set_access(pcm, params, SND_PCM_ACCESS_RW_INTERLEAVED),
      "không hỗ trợ ghi xen kẽ")
    let takesFloat = snd_pcm_hw_params_set_format(pcm, params, SND_PCM_FORMAT_FLOAT_LE) >= 0
    if !takesFloat {
      try check(
        snd_pcm_hw_params_set_format(pcm, params, SND_PCM_FORMAT_S16_LE),
        "không hỗ trợ mẫu số thực hay 16 bit")
    }
    var channelCount: UInt32 = 1
    try check(
      snd_pcm_hw_params_set_channels_near(pcm, params, &channelCount), "không chọn được số kênh")
    var rateValue = UInt32(wanted)
    var direction: Int32 = 0
    try check(
      snd_pcm_hw_params_set_rate_near(pcm, params, &rateValue, &direction),
      "không chọn được tần số lấy mẫu")
    var bufferMicros = UInt32(bufferTime * 1_000_000)
    _ = snd_pcm_hw_params_set_buffer_time_near(pcm, params, &bufferMicros, &direction)
    var periodMicros = UInt32(periodTime * 1_000_000)
    _ = snd_pcm_hw_params_set_period_time_near(pcm, params, &periodMicros, &direction)
    try check(snd_pcm_hw_params(pcm, params), "không áp dụng được cấu hình")
    var buffer: snd_pcm_uframes_t = 0
    var period: snd_pcm_uframes_t = 0
    _ = snd_pcm_hw_params_get_buffer_size(params, &buffer)
    _ = snd_pcm_hw_params_get_period_size(params, &period, &direction)
    return (takesFloat, Int(channelCount), Int(rateValue), Int(buffer), Int(period))
  }

  deinit {
    if let handle { snd_pcm_close(handle) }
  }

  /// Playback starts once half the ring buffer is queued (or at ``drain()``), so the first
  /// period does not underrun on a busy machine.
  private func startWhenHalfFull(_ pcm: OpaquePointer) throws {
    var sw: OpaquePointer?
    guard snd_pcm_sw_params_malloc(&sw) >= 0, let sw else { return }
    defer { snd_pcm_sw_params_free(sw) }
    guard snd_pcm_sw_params_current(pcm, sw) >= 0 else { return }
    _ = snd_pcm_sw_params_set_start_threshold(pcm, sw, snd_pcm_uframes_t(max(1, bufferFrames / 2)))
    let status = snd_pcm_sw_params(pcm, sw)
    if status < 0 {
      throw PlayoutError.deviceUnavailable(device, reason: Self.reason(status))
    }
  }

  /// Plays mono samples at ``rate``; blocks until the device has taken them all. Underruns are
  /// recovered (and counted); anything else throws ``PlayoutError/deviceLost(_:reason:)``.
  func write(_ mono: UnsafeBufferPointer<Float>) throws {
    guard let handle else { throw PlayoutError.closed("alsa:\(device)") }
    guard let base = mono.baseAddress, !mono.isEmpty else { return }
    if channels == 1 && takesFloat {
      try writeFrames(handle, UnsafeRawPointer(base), frames: mono.count, bytesPerFrame: 4)
      return
    }
    if takesFloat {
      interleaved.removeAll(keepingCapacity: true)
      for sample in mono {
        for _ in 0..<channels { interleaved.append(sample) }
      }
      try interleaved.withUnsafeBytes {
        try writeFrames(handle, $0.baseAddress!, frames: mono.count, bytesPerFrame: 4 * channels)
      }
    } else {
      shorts.removeAll(keepingCapacity: true)
      for sample in mono {
        let clipped = max(-1, min(1, sample.isNaN ? 0 : sample))
        let value = Int16((clipped * 32767).rounded())
        for _ in 0..<channels { shorts.append(value) }
      }
      try shorts.withUnsafeBytes {
        try writeFrames(handle, $0.baseAddress!, frames: mono.count, bytesPerFrame: 2 * channels)
      }
    }
  }

  /// The blocking write loop with underrun recovery; gives up after three failed recoveries in
  /// a row (a device that keeps failing is gone).
  private func writeFrames(
    _ pcm: OpaquePointer, _ data: UnsafeRawPointer, frames: Int, bytesPerFrame: Int
  ) throws {
    var done = 0
    var failures = 0
    while done < frames {
      let result = snd_pcm_writei(
        pcm, data + done * bytesPerFrame, snd_pcm_uframes_t(frames - done))
      if result >= 0 {
        done += result
        failures = 0
        continue
      }
      let status = Int32(result)
      if status == -EAGAIN { continue }
      failures += 1
      let recoverable = status == -EPIPE || status == -ESTRPIPE || status == -EINTR
      guard recoverable, failures <= 3, snd_pcm_recover(pcm, status, 1) >= 0 else {
        throw PlayoutError.deviceLost(device, reason: Self.reason(status))
      }
      if status == -EPIPE { underruns += 1 }
    }
  }

  /// Device frames written but not yet heard (0 when ALSA cannot say).
  func delay() -> Int {
    guard let handle else { return 0 }
    var frames: snd_pcm_sframes_t = 0
    guard snd_pcm_delay(handle, &frames) >= 0 else { return 0 }
    return max(0, frames)
  }

  /// Blocks until everything queued has played.
  func drain() throws {
    guard let handle else { return }
    let status = snd_pcm_drain(handle)
    if status < 0 && status != -EPIPE && status != -EBADFD {
      throw PlayoutError.deviceLost(device, reason: Self.reason(status))
    }
  }

  /// Closes the device at once (queued audio is dropped).
  func close() {
    guard let handle else { return }
    self.handle = nil
    snd_pcm_close(handle)
  }

  /// ALSA's text for a negative status.
  static func reason(_ status: Int32) -> String {
    String(cString: snd_strerror(status))
  }

  /// The names of the PCMs ALSA can play to (`default`, `pulse`, `hw:CARD=…`), as
  /// `snd_device_name_hint` lists them.
  static func playbackDevices() -> [String] {
    var hints: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
    guard snd_device_name_hint(-1, "pcm", &hints) >= 0, let hints else { return [] }
    defer { snd_device_name_free_hint(hints) }
    var names: [String] = []
    var index = 0
    while let hint = hints[index] {
      index += 1
      func field(_ id: String) -> String? {
        guard let value = snd_device_name_get_hint(hint, id) else { return nil }
        defer { free(value) }
        return String(cString: value)
      }
      guard let name = field("NAME"), name != "null" else { continue }
      if let direction = field("IOID"), direction != "Output" { continue }
      if !names.contains(name) { names.append(name) }
    }
    return names
  }
}
