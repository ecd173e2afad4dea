import BroadcastPlan
import Foundation
import LoaStudio

extension EmergencyQueue {
  /// Renders `text` as an emergency announcement (``LoaStudio/Studio/renderEmergency(_:text:to:)``)
  /// and publishes it for the running `loa air`; the one way `loa emergency` and the page's
  /// "Phát ngay" hand a notice over.
  public func submit(text: String, studio: Studio, workspace: Workspace, now: StationInstant)
    throws -> EmergencyItem
  {
    try prepare()
    let id = "\(Int(now.unixSeconds * 1000))-\(getpid())-\(Int.random(in: 0..<1_000_000))"
    let recording = try studio.renderEmergency(workspace, text: text, to: temporaryAudioURL(id))
    let title = text.split(whereSeparator: \.isWhitespace).prefix(8).joined(separator: " ")
    let item = EmergencyItem(
      id: id, title: title, createdAt: now.description,
      expiresAt: now.adding(seconds: Self.lifetime).description, seconds: recording.seconds,
      sha256: recording.sha256)
    try publish(item)
    return item
  }
}
