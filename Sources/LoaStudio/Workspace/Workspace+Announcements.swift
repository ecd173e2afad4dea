import BroadcastPlan

extension Workspace {
  /// The same workspace with extra one-off announcements and their scripts, re-checked.
  ///
  /// `loa serve` uses it for announcements written in the web page (script files whose header
  /// carries `air:`), until the schedule loader discovers such files itself. Scripts already in
  /// the library are left as they are.
  public func adding(
    announcements: [Announcement], scripts: [Script], today: CalendarDay?
  ) -> Workspace {
    guard !announcements.isEmpty, var schedule = loaded.schedule else { return self }
    var library = loaded.scripts
    for script in scripts where library.scripts[script.path] == nil {
      library.scripts[script.path] = script
    }
    schedule.announcements += announcements
    let merged = LoadedSchedule(
      schedule: schedule, scripts: library, diagnostics: loaded.diagnostics)
    let lexiconProblems = diagnostics.filter { $0.file.hasSuffix("lexicon.tsv") }
    let checked = merged.check(timing: ProgramTiming(lexicon: lexicon), today: today)
    return Workspace(
      schedulePath: schedulePath, loaded: merged, diagnostics: checked + lexiconProblems,
      lexicon: lexicon)
  }
}
