/// The scripts a schedule refers to, already read and parsed.
public struct ScriptLibrary: Sendable, Hashable {
  /// Scripts by path (relative to the schedule, as written in plans).
  public var scripts: [String: Script]
  /// Each campaign's script paths in rotation order (folders expanded in name order).
  public var campaignScripts: [String: [String]]

  /// Creates a library.
  public init(scripts: [String: Script] = [:], campaignScripts: [String: [String]] = [:]) {
    self.scripts = scripts
    self.campaignScripts = campaignScripts
  }

  /// The scripts of a campaign, in rotation order.
  public func scripts(ofCampaign id: String) -> [Script] {
    (campaignScripts[id] ?? []).compactMap { scripts[$0] }
  }
}
