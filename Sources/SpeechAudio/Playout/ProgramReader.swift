import Foundation

/// A program file read as a stream of mono blocks at the playout's rate, for feeding an
/// ``AudioOutput`` a few tens of milliseconds at a time.
///
/// Reads anything libsndfile reads (the rendered WAV/FLAC/Ogg/MP3 programs); channels are
/// averaged and the rate converted with libsoxr when the file's differs. ``fadeOut(seconds:)``
/// gives the last block when an emergency interrupts: the next 0.3 s, faded to silence.
public final class ProgramReader {
  /// The file.
  public let url: URL
  /// The rate blocks are delivered at.
  public let sampleRate: Int
  /// The program's length in frames at ``sampleRate``.
  public let frames: Int
  /// Frames delivered so far.
  public private(set) var framesRead = 0
  /// Whether everything has been delivered (or a fade-out ended the program).
  public private(set) var isFinished = false

  private let file: SoundFile
  private let channels: Int
  private var resampler: Resampler?
  private var pending: [Float] = []
  private var pendingStart = 0
  private var interleaved: [Float] = []
  private var fileEnded = false

  /// Opens `url` for reading at `sampleRate`.
  ///
  /// - Throws: ``SpeechAudioError/unreadableFile(_:reason:)``.
  public init(url: URL, sampleRate: Int) throws {
    guard (8_000...192_000).contains(sampleRate) else {
      throw SpeechAudioError.invalidSampleRate(sampleRate)
    }
    self.url = url
    self.sampleRate = sampleRate
    file = try SoundFile.openForReading(url.path)
    channels = max(1, file.channels)
    frames = Int((Double(file.frames) * Double(sampleRate) / Double(file.sampleRate)).rounded())
    if file.sampleRate != sampleRate {
      resampler = try Resampler(from: file.sampleRate, to: sampleRate)
    }
  }

  /// The program's length in seconds.
  public var seconds: Double { Double(frames) / Double(sampleRate) }

  /// The next block of at most `maxFrames` samples; empty at the end.
  public func read(maxFrames: Int) throws -> [Float] {
    guard !isFinished, maxFrames > 0 else { return [] }
    while pending.count - pendingStart < maxFrames && !fileEnded {
      try fill()
    }
    let available = pending.count - pendingStart
    let count = min(maxFrames, available)
    let block = Array(pending[pendingStart..<(pendingStart + count)])
    pendingStart += count
    if pendingStart > 65_536 {
      pending.removeFirst(pendingStart)
      pendingStart = 0
    }
    framesRead += count
    if fileEnded && pendingStart == pending.count { isFinished = true }
    return block
  }

  /// The next `seconds` of the program faded smoothly to silence (shorter if the program ends
  /// first); the program counts as finished afterwards.
  public func fadeOut(seconds: Double = 0.3) throws -> [Float] {
    var block = try read(maxFrames: max(1, Int((seconds * Double(sampleRate)).rounded())))
    Self.applyFadeOut(to: &block, frames: Int((seconds * Double(sampleRate)).rounded()))
    isFinished = true
    return block
  }

  /// Multiplies `samples` by a raised-cosine fade from 1 to 0 spread over `frames` samples
  /// (the samples' own length if it is shorter, cut off there).
  public static func applyFadeOut(to samples: inout [Float], frames: Int) {
    let length = max(frames, 1)
    for i in samples.indices {
      let progress = min(1, Double(i + 1) / Double(length))
      samples[i] *= Float(0.5 + 0.5 * cos(Double.pi * progress))
    }
  }

  /// Reads one chunk from the file into `pending` (downmixed, resampled).
  private func fill() throws {
    let chunk = 4_096
    if interleaved.count < chunk * channels {
      interleaved = [Float](repeating: 0, count: chunk * channels)
    }
    let got = interleaved.withUnsafeMutableBufferPointer {
      file.read(into: $0.baseAddress!, frames: chunk)
    }
    if got <= 0 {
      fileEnded = true
      try resampler?.finish { pending.append(contentsOf: $0) }
      return
    }
    var mono = [Float](repeating: 0, count: got)
    if channels == 1 {
      for i in 0..<got { mono[i] = interleaved[i] }
    } else {
      let scale = 1 / Float(channels)
      for i in 0..<got {
        var sum: Float = 0
        for c in 0..<channels { sum += interleaved[i * channels + c] }
        mono[i] = sum * scale
      }
    }
    if let resampler {
      try mono.withUnsafeBufferPointer { input in
        try resampler.process(input) { pending.append(contentsOf: $0) }
      }
    } else {
      pending.append(contentsOf: mono)
    }
  }
}
