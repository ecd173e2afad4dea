extension Schedule {
  /// The text a script's item speaks: its body, preceded by its title when titles are
  /// announced (what the synthesiser reads, and what the announcer's recording replaces).
  public func spokenText(of script: Script) -> String {
    announceTitles ? script.title + "\n\n" + script.body : script.body
  }

  /// A schedule-relative path (a script, a recording) as the file name diagnostics show:
  /// joined to the schedule's folder, `.` and `..` folded away.
  public func fileName(ofRelativePath path: String) -> String {
    PathResolver.join(PathResolver.directory(of: file), path)
  }
}
