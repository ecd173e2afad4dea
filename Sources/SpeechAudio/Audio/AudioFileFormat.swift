import Foundation

/// A format Loa writes, chosen by the output file's extension.
public enum AudioFileFormat: String, Sendable, Hashable, CaseIterable {
  /// WAV, 16-bit PCM (the default).
  case wav
  /// FLAC, 16-bit, lossless.
  case flac
  /// Ogg Vorbis.
  case ogg
  /// MP3 (MPEG-1/2 Layer III).
  case mp3

  /// The format for `url`'s extension (case-insensitive; `.oga` is Ogg), or
  /// ``SpeechAudioError/unsupportedExtension(_:)``.
  public init(url: URL) throws {
    let ext = url.pathExtension.lowercased()
    switch ext {
    case "wav", "wave": self = .wav
    case "flac": self = .flac
    case "ogg", "oga": self = .ogg
    case "mp3": self = .mp3
    default: throw SpeechAudioError.unsupportedExtension(url.pathExtension)
    }
  }

  /// Whether the format is lossy (its decoded peaks differ slightly from the samples written).
  public var isLossy: Bool { self == .ogg || self == .mp3 }
}
