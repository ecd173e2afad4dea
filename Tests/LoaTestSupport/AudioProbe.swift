import CEbur128
import CSndFile
import Foundation

/// An audio file read back with libsndfile and measured with libebur128, for assertions.
///
/// Measurements are made on the file, never on an in-memory buffer of the code under test.
public struct AudioProbe: Sendable {
  /// Frames per second.
  public let sampleRate: Int
  /// Channels per frame.
  public let channels: Int
  /// Frames in the file.
  public let frames: Int
  /// libsndfile's major format (e.g. `SF_FORMAT_WAV`).
  public let majorFormat: Int
  /// libsndfile's subtype (e.g. `SF_FORMAT_PCM_16`).
  public let subtype: Int
  /// String fields: title, artist, comment, software, date (absent ones omitted).
  public let strings: [String: String]
  /// Root-mean-square level of all samples (linear).
  public let rms: Double
  /// Largest absolute sample (linear).
  public let samplePeak: Double
  /// The mono samples (first channel), for detailed checks.
  public let samples: [Float]

  /// Duration in seconds.
  public var seconds: Double { Double(frames) / Double(sampleRate) }

  /// WAV major format.
  public static let wav = Int(SF_FORMAT_WAV)
  /// FLAC major format.
  public static let flac = Int(SF_FORMAT_FLAC)
  /// Ogg major format.
  public static let ogg = Int(SF_FORMAT_OGG)
  /// MPEG (MP3) major format.
  public static let mpeg = Int(SF_FORMAT_MPEG)
  /// 16-bit PCM subtype.
  public static let pcm16 = Int(SF_FORMAT_PCM_16)

  /// Reads the whole file (tests use short files).
  public init(_ url: URL) throws {
    var info = SF_INFO()
    guard let handle = sf_open(url.path, Int32(SFM_READ), &info) else {
      throw ProbeError.unreadable(url.path, String(cString: sf_strerror(nil)))
    }
    defer { sf_close(handle) }
    sampleRate = Int(info.samplerate)
    channels = Int(info.channels)
    majorFormat = Int(info.format) & Int(SF_FORMAT_TYPEMASK)
    subtype = Int(info.format) & Int(SF_FORMAT_SUBMASK)
    var interleaved = [Float](repeating: 0, count: max(1, Int(info.frames) * channels))
    let read = interleaved.withUnsafeMutableBufferPointer {
      Int(sf_readf_float(handle, $0.baseAddress, info.frames))
    }
    frames = read
    var mono = [Float](repeating: 0, count: read)
    var sum = 0.0
    var peak = 0.0
    for i in 0..<read {
      mono[i] = interleaved[i * channels]
      for c in 0..<channels {
        let value = Double(interleaved[i * channels + c])
        sum += value * value
        peak = max(peak, abs(value))
      }
    }
    samples = mono
    rms = read > 0 ? (sum / Double(read * channels)).squareRoot() : 0
    samplePeak = peak
    var strings: [String: String] = [:]
    let names: [(String, Int32)] = [
      ("title", Int32(SF_STR_TITLE)), ("artist", Int32(SF_STR_ARTIST)),
      ("comment", Int32(SF_STR_COMMENT)), ("software", Int32(SF_STR_SOFTWARE)),
      ("date", Int32(SF_STR_DATE)),
    ]
    for (name, type) in names {
      if let value = sf_get_string(handle, type) { strings[name] = String(cString: value) }
    }
    self.strings = strings
  }

  /// RMS in dBFS.
  public var rmsDecibels: Double { 20 * log10(max(rms, 1e-10)) }
  /// Sample peak in dBFS.
  public var peakDecibels: Double { 20 * log10(max(samplePeak, 1e-10)) }

  /// Integrated loudness (LUFS) and true peak (dBTP) of the file, measured by libebur128.
  public static func loudness(of url: URL) throws -> (integrated: Double, truePeak: Double) {
    let probe = try AudioProbe(url)
    let mode = Int32(EBUR128_MODE_I.rawValue | EBUR128_MODE_TRUE_PEAK.rawValue)
    var state = ebur128_init(1, UInt(probe.sampleRate), mode)
    guard state != nil else { throw ProbeError.metering }
    defer { ebur128_destroy(&state) }
    probe.samples.withUnsafeBufferPointer {
      _ = ebur128_add_frames_float(state, $0.baseAddress, $0.count)
    }
    var integrated = 0.0
    var peak = 0.0
    ebur128_loudness_global(state, &integrated)
    ebur128_true_peak(state, 0, &peak)
    return (integrated, 20 * log10(max(peak, 1e-10)))
  }

  /// Why a file could not be probed.
  public enum ProbeError: Error {
    /// libsndfile could not open it.
    case unreadable(String, String)
    /// libebur128 could not start.
    case metering
  }
}
