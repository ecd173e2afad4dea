import BroadcastPlan
import Foundation
import SpeechAudio

extension Studio {
  /// The synthesised audio of one script as a program would speak it, from the speech cache
  /// (`out/.cache/`), synthesising it first when it is not cached yet.
  ///
  /// `loa serve` plays it behind the "Nghe thử" button. The file is a plain WAV at the
  /// schedule's sample rate.
  public func previewAudio(of script: Script, in workspace: Workspace) throws -> URL {
    let schedule = try workspace.validSchedule()
    let cache = speechCache(for: schedule, workspace: workspace)
    let text = schedule.announceTitles ? script.title + "\n\n" + script.body : script.body
    let url = cache.url(forKey: cache.key(forText: text))
    if !FileManager.default.fileExists(atPath: url.path) {
      try cache.store(text: text, renderer: AudioRenderer())
    }
    return url
  }
}
