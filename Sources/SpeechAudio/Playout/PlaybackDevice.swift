import Foundation

/// What `--device` names: an ALSA PCM, or `none` (audio goes nowhere).
///
/// ```swift
/// try PlaybackDevice("none")     // .none
/// try PlaybackDevice("hw:0,0")   // .alsa("hw:0,0")
/// ```
public enum PlaybackDevice: Sendable, Hashable, CustomStringConvertible {
  /// No sound card: ``NullOutput``.
  case none
  /// An ALSA PCM name: ``AlsaOutput``.
  case alsa(String)

  /// Parses a `--device` value (surrounding spaces ignored; `none` in any case).
  ///
  /// - Throws: ``PlayoutError/invalidDevice(_:)`` for an empty value or one with spaces inside.
  public init(_ text: String) throws {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, !trimmed.contains(where: \.isWhitespace) else {
      throw PlayoutError.invalidDevice(text)
    }
    self = trimmed.lowercased() == "none" ? .none : .alsa(trimmed)
  }

  /// `none` or the PCM name.
  public var description: String {
    switch self {
    case .none: return "none"
    case .alsa(let name): return name
    }
  }

  /// Opens the output for `sampleRate` audio.
  public func open(sampleRate: Int) throws -> any AudioOutput {
    switch self {
    case .none: return NullOutput(sampleRate: sampleRate)
    case .alsa(let name): return try AlsaOutput(device: name, sampleRate: sampleRate)
    }
  }
}
