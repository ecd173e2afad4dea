import CSndFile
import Foundation

/// A stand-in for an announcer's recording: silence with faint noise, a tone whose level
/// sways like speech, silence again — written with libsndfile, so no binary fixture is needed.
public struct TestRecording: Sendable {
  /// Frames per second.
  public var sampleRate = 44_100
  /// Seconds of near-silence before the tone.
  public var lead = 1.5
  /// Seconds of tone.
  public var tone = 2.0
  /// Seconds of near-silence after the tone.
  public var tail = 1.0
  /// The tone's peak amplitude (linear; 0.02 ≈ −34 dBFS, a quiet recording).
  public var amplitude: Float = 0.02
  /// The noise floor's amplitude (linear; 0.0001 = −80 dBFS).
  public var noise: Float = 0.0001

  /// Creates a recording description with the defaults.
  public init() {}

  /// The first frame of the tone.
  public var toneStart: Int { Int((lead * Double(sampleRate)).rounded()) }
  /// One past the last frame of the tone.
  public var toneEnd: Int { toneStart + Int((tone * Double(sampleRate)).rounded()) }
  /// Frames in the file.
  public var frames: Int { toneEnd + Int((tail * Double(sampleRate)).rounded()) }

  /// The samples: a 220 Hz tone swaying between 50% and 100% at 3 Hz, over seeded noise.
  public func samples() -> [Float] {
    var generator = SeededGenerator(seed: 14)
    return (0..<frames).map { frame in
      let noiseSample = noise * Float.random(in: -1...1, using: &generator)
      guard frame >= toneStart, frame < toneEnd else { return noiseSample }
      let t = Double(frame - toneStart) / Double(sampleRate)
      let sway = 0.75 + 0.25 * sin(2 * .pi * 3 * t)
      return Float(sway * sin(2 * .pi * 220 * t)) * amplitude + noiseSample
    }
  }

  /// Writes the recording to `url`: WAV (16-bit), FLAC, Ogg Vorbis or MP3 by extension.
  public func write(to url: URL) throws {
    var info = SF_INFO()
    info.samplerate = Int32(sampleRate)
    info.channels = 1
    switch url.pathExtension.lowercased() {
    case "flac": info.format = Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16)
    case "ogg": info.format = Int32(SF_FORMAT_OGG | SF_FORMAT_VORBIS)
    case "mp3": info.format = Int32(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III)
    default: info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
    }
    guard let handle = sf_open(url.path, Int32(SFM_WRITE), &info) else {
      throw AudioProbe.ProbeError.unreadable(url.path, String(cString: sf_strerror(nil)))
    }
    let samples = samples()
    samples.withUnsafeBufferPointer {
      _ = sf_writef_float(handle, $0.baseAddress, sf_count_t($0.count))
    }
    sf_close(handle)
  }
}
