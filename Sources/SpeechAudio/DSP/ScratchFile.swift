import Foundation

/// Raw Float samples parked on disk between the two passes of loudness normalisation.
///
/// Written sequentially, then read back sequentially (as often as needed); deleted on deinit.
final class ScratchFile {
  private let output: OutputFile
  private var stream: UnsafeMutablePointer<FILE>?
  /// Samples written.
  private(set) var count = 0

  /// Creates a scratch file beside `url` (same disk as the result, not RAM-backed /tmp).
  init(beside url: URL) throws {
    output = try OutputFile(for: url, suffix: "scratch")
    stream = fdopen(output.descriptor, "w+")
    guard stream != nil else { throw SpeechAudioError.scratchFailed(output.temporaryPath) }
  }

  deinit {
    remove()
  }

  /// Closes and deletes the file (safe to call more than once).
  func remove() {
    if let stream { fclose(stream) }
    stream = nil
    output.discard()
  }

  /// Appends samples.
  func write(_ samples: UnsafeBufferPointer<Float>) throws {
    guard let base = samples.baseAddress, !samples.isEmpty else { return }
    guard fwrite(base, MemoryLayout<Float>.size, samples.count, stream) == samples.count else {
      throw SpeechAudioError.scratchFailed(output.temporaryPath)
    }
    count += samples.count
  }

  /// Reads everything back from the start in chunks of `chunk` samples.
  func readAll(chunk: Int, _ body: (UnsafeBufferPointer<Float>) throws -> Void) throws {
    guard fflush(stream) == 0 else { throw SpeechAudioError.scratchFailed(output.temporaryPath) }
    rewind(stream)
    var buffer = [Float](repeating: 0, count: chunk)
    var remaining = count
    while remaining > 0 {
      let wanted = min(chunk, remaining)
      let got = buffer.withUnsafeMutableBufferPointer { fread($0.baseAddress, 4, wanted, stream) }
      guard got == wanted else { throw SpeechAudioError.scratchFailed(output.temporaryPath) }
      try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<got])) }
      remaining -= got
    }
  }
}
