import Foundation
import SpeechAudio

/// An announcer's recording beside a script, as ``RecordingCheck`` found it: where it is, what
/// it contains (a digest of its bytes) and which part of it is sound.
public struct MeasuredRecording: Sendable, Hashable {
  /// The path relative to the schedule (``BroadcastPlan/Script/recording``).
  public let path: String
  /// The file.
  public let url: URL
  /// SHA-256 of the file's bytes (part of the processed audio's cache key).
  public let digest: String
  /// The part kept once leading and trailing silence are trimmed.
  public let range: TrimmedRange

  /// Creates a measurement.
  public init(path: String, url: URL, digest: String, range: TrimmedRange) {
    self.path = path
    self.url = url
    self.digest = digest
    self.range = range
  }

  /// The exact length of the trimmed recording at the station's `sampleRate`, in seconds: the
  /// length of its processed audio and of its item in the plan.
  public func seconds(at sampleRate: Int) -> Double { range.seconds(at: sampleRate) }
}
