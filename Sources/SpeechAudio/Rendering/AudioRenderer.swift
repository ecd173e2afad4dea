import Foundation

/// Renders speech, silences, the chime and audio files into one normalised audio file: the
/// front door of `SpeechAudio` for files.
///
/// Audio streams in chunks. Pass 1: synthesis and file reading on the calling thread → bounded
/// queue → a second thread that meters loudness (``KWeightedMeter``), measures each block's
/// true peak and parks the samples in a scratch file beside the output. Between the passes the
/// make-up gain is chosen from those block figures so that the true-peak-limited result lands
/// on the target. Pass 2: the calling thread applies gain and limiter and encodes; the second
/// thread meters the output's loudness and true peak. If the measured loudness still misses by more
/// than 0.2 LU, one corrected pass follows. Without a loudness target there is one pass
/// (metering, unless ``AudioRenderOptions/measuresLoudness`` is off, and encoding on the second
/// thread). Memory stays flat whatever the length (about
/// 1.2 MB of block figures an hour). The result is written under a temporary name in the output
/// folder and renamed when complete; nothing is left behind on failure.
///
/// ```swift
/// let result = try AudioRenderer().render(
///   [.chime, .silence(seconds: 1), .speech("Xin chào bà con.", VoiceSettings())],
///   to: URL(fileURLWithPath: "out/chao.wav"), options: AudioRenderOptions())
/// print(result.seconds, result.integratedLoudness)
/// ```
public struct AudioRenderer: Sendable {
  /// The synthesizer used for speech segments (and for voice look-ups).
  public let synthesizer: Synthesizer
  /// Worker processes that synthesise the speech segments ahead, in parallel; nil: speech is
  /// synthesised in this process, segment after segment. The output is the same either way.
  public let pool: SynthesisPool?
  /// How many worker requests one render keeps queued beyond the one it reads (default: one
  /// per worker; 1 when several renders share the pool at once).
  public let lookahead: Int?

  /// Samples per chunk sent through the queue.
  static let chunkSize = 16_384
  /// How far under the ceiling the limiter aims, in dB (margin for interpolation between gains).
  static let limiterMargin = 0.2
  /// A normalised result further than this from the target (LU) gets another gain pass.
  static let loudnessTolerance = 0.2

  /// Creates a renderer; with a `pool`, speech is synthesised by its worker processes, with
  /// `lookahead` requests queued ahead (default: one per worker).
  public init(synthesizer: Synthesizer = .shared, pool: SynthesisPool? = nil, lookahead: Int? = nil)
  {
    self.synthesizer = synthesizer
    self.pool = pool
    self.lookahead = lookahead
  }

  /// Renders `segments` in order into one mono file at `url` (format from its extension).
  public func render(_ segments: [AudioSegment], to url: URL, options: AudioRenderOptions) throws
    -> RenderedAudio
  {
    try options.validate()
    let format = try AudioFileFormat(url: url)
    try SegmentReader.validate(segments)
    let speech = Self.batches(segments, sampleRate: options.sampleRate)
    var reader = SegmentReader(sampleRate: options.sampleRate, synthesizer: synthesizer)
    if let pool, !speech.isEmpty {
      reader.prefetched = SynthesisStream(
        pool: pool, requests: speech, lookahead: lookahead ?? pool.jobs)
    } else if !speech.isEmpty {
      try synthesizer.prepare()
    }
    let (output, frames, measured) =
      if let target = options.loudnessTarget {
        try renderNormalised(
          segments, reader: reader, target: target, format: format, url: url, options: options)
      } else {
        try renderDirect(segments, reader: reader, format: format, url: url, options: options)
      }
    try output.commit()
    return Self.result(
      url: url, frames: frames, sampleRate: options.sampleRate, measured: measured)
  }

  /// Texts per worker request: forking a pristine engine costs a few milliseconds, so a few
  /// consecutive sentences share one (the batches depend on the segments only).
  static let batchSize = 4

  /// The speech segments as worker requests: runs of up to ``batchSize`` consecutive texts with
  /// the same voice settings.
  static func batches(_ segments: [AudioSegment], sampleRate: Int) -> [SynthesisRequest] {
    var batches: [SynthesisRequest] = []
    for case .speech(let text, let settings) in segments {
      if let last = batches.last, last.settings == settings, last.texts.count < batchSize {
        batches[batches.count - 1].texts.append(text)
      } else {
        batches.append(SynthesisRequest(text: text, settings: settings, sampleRate: sampleRate))
      }
    }
    return batches
  }

  /// What a pass leaves: the uncommitted output, frames per segment, loudness and true peak.
  private typealias PassResult = (OutputFile, [Int], (loudness: Double, peak: Double))

  /// Two passes: synthesis → metering + block analysis + scratch file, then gain and limiter.
  private func renderNormalised(
    _ segments: [AudioSegment], reader: SegmentReader, target: Double, format: AudioFileFormat,
    url: URL, options: AudioRenderOptions
  ) throws -> PassResult {
    let scratch = try ScratchFile(beside: url)
    defer { scratch.remove() }
    var analysis = BlockAnalysis()
    let pass1 = try MeteringConsumer(sampleRate: options.sampleRate) { chunk in
      analysis.add(chunk)
      try scratch.write(chunk)
    }
    let (frames, _) = try runFirstPass(segments, reader: reader, consumer: pass1)
    let loudness = try pass1.finish()
    analysis.finish()
    try scratch.finishWriting()
    let (output, measured) = try normalise(
      scratch, analysis: analysis, loudness: loudness, target: target, format: format,
      url: url, options: options)
    return (output, frames, measured)
  }

  /// One pass without normalisation (cache files): synthesis → metering + encoding.
  private func renderDirect(
    _ segments: [AudioSegment], reader: SegmentReader, format: AudioFileFormat, url: URL,
    options: AudioRenderOptions
  ) throws -> PassResult {
    let output = try OutputFile(for: url)
    do {
      let encoder = try Self.encoder(for: output, format: format, options: options)
      var tracker = PeakTracker()
      let pass = try MeteringConsumer(
        sampleRate: options.sampleRate, metering: options.measuresLoudness
      ) { chunk in
        tracker.add(chunk)
        try encoder.write(chunk)
      }
      let (frames, _) = try runFirstPass(segments, reader: reader, consumer: pass)
      let loudness = try pass.finish()
      try encoder.close()
      return (output, frames, (loudness, tracker.decibels))
    } catch {
      output.discard()
      throw error
    }
  }

  /// Produces every segment into the consumer's queue; returns each segment's frame count.
  private func runFirstPass(
    _ segments: [AudioSegment], reader: SegmentReader, consumer: MeteringConsumer
  ) throws -> ([Int], Int) {
    consumer.start()
    var frames: [Int] = []
    var staging: [Float] = []
    staging.reserveCapacity(Self.chunkSize)
    func flush() throws {
      guard !staging.isEmpty else { return }
      try consumer.push(staging)
      staging.removeAll(keepingCapacity: true)
    }
    do {
      for segment in segments {
        var count = 0
        try reader.produce(segment) { chunk in
          count += chunk.count
          var rest = chunk[...]
          while !rest.isEmpty {
            let take = min(rest.count, Self.chunkSize - staging.count)
            staging.append(contentsOf: rest.prefix(take))
            rest = rest.dropFirst(take)
            if staging.count == Self.chunkSize { try flush() }
          }
        }
        frames.append(count)
      }
      try flush()
    } catch {
      consumer.abandon()
      throw consumer.error ?? error
    }
    return (frames, frames.reduce(0, +))
  }

  /// Second pass: make-up gain and true-peak limiter while encoding (reading and limiting on
  /// this thread, metering and encoding on the second). The gain is chosen from the block
  /// analysis so that the limited result should land on target; if the measurement still
  /// misses by more than ``loudnessTolerance``, one corrected pass follows.
  private func normalise(
    _ scratch: ScratchFile, analysis: BlockAnalysis, loudness: Double, target: Double,
    format: AudioFileFormat, url: URL, options: AudioRenderOptions
  ) throws -> (OutputFile, (loudness: Double, peak: Double)) {
    let ceiling = options.truePeakCeiling - Self.limiterMargin
    let silent = loudness <= -70
    var wanted = silent ? 0 : target - loudness
    var attempt = 0
    while true {
      attempt += 1
      let gainDB =
        silent ? 0 : GainEnvelope.gainFor(increase: wanted, analysis: analysis, ceilingDB: ceiling)
      let envelope = GainEnvelope(analysis: analysis, gainDB: gainDB, ceilingDB: ceiling)
      let (output, measured) = try writeLimited(
        scratch, envelope: envelope, format: format, url: url, options: options)
      let miss = target - measured.loudness
      if abs(miss) <= Self.loudnessTolerance || attempt == 2 || silent {
        return (output, measured)
      }
      output.discard()
      wanted += miss
    }
  }

  /// Reads the scratch file through `envelope` into a new temporary output file: limiting,
  /// peak tracking and encoding on this thread, loudness metering on the second.
  private func writeLimited(
    _ scratch: ScratchFile, envelope: GainEnvelope, format: AudioFileFormat, url: URL,
    options: AudioRenderOptions
  ) throws -> (OutputFile, (loudness: Double, peak: Double)) {
    let output = try OutputFile(for: url)
    do {
      let (loudness, peak) = try writeLimited(
        scratch, envelope: envelope, into: output, format: format, options: options)
      return (output, (loudness, peak))
    } catch {
      output.discard()
      throw error
    }
  }

  /// The body of ``writeLimited(_:envelope:format:url:options:)``: loudness and true peak.
  ///
  /// This thread reads the scratch file, limits and encodes; it hands each limited chunk to a
  /// second thread, which meters its loudness and true peak (the two halves of the work take
  /// about the same time).
  private func writeLimited(
    _ scratch: ScratchFile, envelope: GainEnvelope, into output: OutputFile,
    format: AudioFileFormat, options: AudioRenderOptions
  ) throws -> (Double, Double) {
    let encoder = try Self.encoder(for: output, format: format, options: options)
    var tracker = PeakTracker()
    let meter = try MeteringConsumer(sampleRate: options.sampleRate) { tracker.add($0) }
    meter.start()
    do {
      var buffer: [Float] = []
      try scratch.read(0..<scratch.count, chunk: Self.chunkSize) { chunk, position in
        envelope.apply(chunk, offset: position, into: &buffer)
        // The next `apply` makes a new array: the queued one is the meter's alone.
        try meter.push(buffer)
        try buffer.withUnsafeBufferPointer { try encoder.write($0) }
      }
    } catch {
      meter.abandon()
      throw error
    }
    let loudness = try meter.finish()
    try encoder.close()
    return (loudness, tracker.decibels)
  }

  /// Opens the encoder on the temporary file and writes the metadata.
  private static func encoder(
    for output: OutputFile, format: AudioFileFormat, options: AudioRenderOptions
  ) throws -> SoundFile {
    let file = try SoundFile.openForWriting(
      descriptor: output.descriptor, path: output.finalURL.path, format: format,
      sampleRate: options.sampleRate)
    file.setMetadata(options.metadata)
    return file
  }

  /// The result with exact, frame-based segment offsets.
  private static func result(
    url: URL, frames: [Int], sampleRate: Int, measured: (loudness: Double, peak: Double)
  ) -> RenderedAudio {
    var offsets: [Double] = []
    var start = 0
    for count in frames {
      offsets.append(Double(start) / Double(sampleRate))
      start += count
    }
    return RenderedAudio(
      url: url, frames: start, sampleRate: sampleRate, segmentOffsets: offsets,
      segmentSeconds: frames.map { Double($0) / Double(sampleRate) },
      integratedLoudness: measured.loudness, truePeak: measured.peak)
  }
}
