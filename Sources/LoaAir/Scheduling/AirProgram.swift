import BroadcastPlan
import Foundation
import LoaStudio

/// A rendered program as the player sees it: what to play, from which instant.
public struct AirProgram: Sendable, Hashable {
  /// Broadcast date.
  public var date: CalendarDay
  /// Slot id.
  public var slot: String
  /// Slot display name.
  public var name: String
  /// The absolute start instant.
  public var startsAt: StationInstant
  /// Length in seconds.
  public var seconds: Double
  /// File relative to the output folder (`2026-12-09/0600-sang.wav`).
  public var file: String
  /// The file in its day generation.
  public var url: URL
  /// SHA-256 the manifest gives for the file.
  public var sha256: String

  /// Creates a program to air.
  public init(
    date: CalendarDay, slot: String, name: String, startsAt: StationInstant, seconds: Double,
    file: String, url: URL, sha256: String
  ) {
    self.date = date
    self.slot = slot
    self.name = name
    self.startsAt = startsAt
    self.seconds = seconds
    self.file = file
    self.url = url
    self.sha256 = sha256
  }

  /// The programs of a rendered day, in start order.
  public static func programs(of day: RenderedDay) -> [AirProgram] {
    day.manifest.programs.compactMap { program in
      guard let url = day.url(ofFile: program.file) else { return nil }
      let startsAt =
        program.startAt.flatMap(StationInstant.parse)
        ?? TimeOfDay.parse(program.start).map { StationInstant(day: day.date, time: $0) }
      guard let startsAt else { return nil }
      return AirProgram(
        date: day.date, slot: program.slot, name: program.name, startsAt: startsAt,
        seconds: program.seconds, file: "\(day.date)/\(program.file)", url: url,
        sha256: program.sha256)
    }.sorted { $0.startsAt < $1.startsAt }
  }

  /// The airing row this program starts with.
  func airing(status: Airing.Status, startedAt: StationInstant?, output: String, note: String)
    -> Airing
  {
    Airing(
      date: date.description, slot: slot, kind: .program, file: file, sha256: sha256,
      scheduledAt: startsAt.description, startedAt: startedAt?.iso8601(fractionDigits: 3),
      status: status, output: output, note: note)
  }
}
