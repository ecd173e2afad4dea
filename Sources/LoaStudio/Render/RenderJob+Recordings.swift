import BroadcastPlan
import Foundation
import SpeechAudio

extension RenderJob {
  /// Processes into the cache every announcer's recording `plan` airs (see
  /// ``RecordingCache``); `nil` when it airs none (then nothing is synthesised for the
  /// reference level either).
  func prepareRecordings(for plan: Plan) throws -> RecordingCache? {
    var seen = Set<String>()
    let paths = plan.programs.flatMap(\.items).compactMap(\.recording).filter {
      seen.insert($0).inserted
    }
    guard !paths.isEmpty else { return nil }
    let reference = try RecordingCache.referenceLoudness(speech: cache, renderer: renderer)
    let recordings = RecordingCache(
      folder: cache.folder, sampleRate: schedule.audio.sampleRate,
      referenceLoudness: reference, trimmer: SilenceTrimmer())
    for path in paths {
      guard let measured = workspace.recordings[path] else {
        throw StudioError.recordingFailed(path: path, reason: "chưa đo được bản thu")
      }
      do {
        try recordings.store(measured, renderer: AudioRenderer(synthesizer: renderer.synthesizer))
      } catch {
        throw StudioError.recordingFailed(path: path, reason: "\(error)")
      }
    }
    return recordings
  }
}
