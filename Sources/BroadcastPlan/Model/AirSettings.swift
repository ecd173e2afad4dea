/// How the station goes on air (schedule `air: { late_grace: 10m, playout: loa }`).
public struct AirSettings: Sendable, Hashable {
  /// Who plays the programs.
  public enum Playout: String, Sendable, Hashable, CaseIterable {
    /// `loa air` plays them and logs what really aired.
    case loa
    /// Another system plays the files; Loa only produces them (the report says so).
    case external
  }

  /// How late a program may start and still be played, in seconds (default 10 minutes).
  public var lateGraceSeconds: Int
  /// Who plays the programs.
  public var playout: Playout
  /// Whether the schedule has an `air:` block at all.
  public var isDeclared: Bool

  /// Settings; the defaults are those of a schedule without an `air:` block.
  public init(lateGraceSeconds: Int = 600, playout: Playout = .loa, isDeclared: Bool = false) {
    self.lateGraceSeconds = lateGraceSeconds
    self.playout = playout
    self.isDeclared = isDeclared
  }
}
