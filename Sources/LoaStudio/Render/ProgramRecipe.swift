import BroadcastPlan
import Foundation
import SpeechAudio

/// Everything needed to produce one program file: its name, its audio segments, its metadata,
/// and a fingerprint of all of it (an unchanged fingerprint means the file need not be rebuilt).
struct ProgramRecipe {
  /// The planned program.
  let program: Program
  /// `HHMM-SLOT.EXT`, e.g. `0600-sang.wav`.
  let fileName: String
  /// Intro, gaps, cached items, outro, in order.
  let segments: [AudioSegment]
  /// Index in ``segments`` of each plan item.
  let itemSegmentIndices: [Int]
  /// Render options (rate, loudness target, metadata).
  let options: AudioRenderOptions
  /// Hash of everything above plus the item fields written into the manifest.
  let fingerprint: String

  /// Builds the recipe for `program`; every item's audio must already be in `cache`, or for a
  /// recorded item in `recordings`.
  init(
    program: Program, schedule: Schedule, workspace: Workspace, cache: SpeechCache,
    recordings: RecordingCache? = nil
  ) {
    self.program = program
    let time = program.slot.at.description.replacingOccurrences(of: ":", with: "")
    fileName = "\(time)-\(program.slot.id).\(schedule.audio.format.lowercased())"
    var segments: [AudioSegment] = []
    var material = ["loa-program-v1", StudioInfo.version, fileName]
    switch schedule.audio.intro {
    case .chime:
      segments.append(.chime)
      material.append("intro:chime")
    case .file(let path):
      let url = workspace.resolve(path)
      segments.append(.file(url))
      material.append("intro:" + Self.fileStamp(url))
    }
    var indices: [Int] = []
    for item in program.items {
      segments.append(.silence(seconds: program.gapSeconds))
      indices.append(segments.count)
      let url = Self.audio(of: item, workspace: workspace, cache: cache, recordings: recordings)
      let key = url.deletingPathExtension().lastPathComponent
      segments.append(.file(url))
      material += [
        "item", key, item.kind.rawValue, item.title, item.script ?? "-", item.campaignID ?? "-",
        item.priority.key,
      ]
    }
    if let outro = schedule.audio.outro {
      let url = workspace.resolve(outro)
      segments.append(.silence(seconds: program.gapSeconds))
      segments.append(.file(url))
      material.append("outro:" + Self.fileStamp(url))
    }
    self.segments = segments
    itemSegmentIndices = indices
    let title = "\(program.slot.name) \(program.date.displayText)"
    options = AudioRenderOptions(
      sampleRate: schedule.audio.sampleRate, loudnessTarget: schedule.audio.loudness,
      truePeakCeiling: -1,
      metadata: AudioMetadata(
        title: "\(title) — \(schedule.station)", artist: schedule.station,
        comment: ProgramLabel.comment(for: program.items), software: StudioInfo.software,
        date: program.date.description))
    material += [
      "gap:\(program.gapSeconds)", "rate:\(schedule.audio.sampleRate)",
      "loudness:\(schedule.audio.loudness)", "slot:\(program.slot.name)|\(program.slot.at)",
      "station:\(schedule.station)",
    ]
    fingerprint = SHA256.hex(of: material.joined(separator: "\n"))
  }

  /// The audio of one item: the processed recording when the announcer read it, else the
  /// synthesised speech.
  private static func audio(
    of item: PlanItem, workspace: Workspace, cache: SpeechCache, recordings: RecordingCache?
  ) -> URL {
    if let path = item.recording, let recordings, let measured = workspace.recordings[path] {
      return recordings.url(for: measured)
    }
    return cache.url(forKey: cache.key(forText: item.text))
  }

  /// Path, size and modification time of an intro/outro file: changes when the file does.
  private static func fileStamp(_ url: URL) -> String {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
    let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(url.path)|\(size)|\(modified)"
  }

  /// The manifest entry for this program once rendered.
  func manifestProgram(rendered: RenderedAudio, sha256: String) -> Manifest.Program {
    let items = zip(program.items, itemSegmentIndices).map { item, index in
      Manifest.Item(
        kind: item.kind.rawValue, title: item.title, script: item.script,
        campaign: item.campaignID, priority: item.priority.key,
        start: ClockText.time(program.slot.at, plus: item.start),
        seconds: Manifest.tenths(item.seconds), estimated: item.isEstimated,
        offsetSeconds: Manifest.millis(rendered.segmentOffsets[index]),
        synthesised: item.isSynthesised, recording: item.recording)
    }
    return Manifest.Program(
      slot: program.slot.id, name: program.slot.name, start: program.slot.at.description,
      startAt: program.startsAt.description, file: fileName,
      seconds: Manifest.millis(rendered.seconds), sampleRate: rendered.sampleRate,
      loudnessLUFS: Manifest.tenths(rendered.integratedLoudness),
      truePeakDBTP: Manifest.tenths(rendered.truePeak), sha256: sha256,
      fingerprint: fingerprint, items: items)
  }
}
