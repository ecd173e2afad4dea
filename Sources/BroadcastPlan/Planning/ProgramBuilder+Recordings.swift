extension ProgramBuilder {
  /// The length of a script's item: its recording's exact length when the announcer read it
  /// (an estimate from the text until `LoaStudio` has measured the recording), else the
  /// spoken text's length.
  func seconds(of script: Script) -> (seconds: Double, exact: Bool) {
    guard let recording = script.recording else { return seconds(spokenText(script)) }
    if let known = timing.recordingSeconds[recording] { return (known, true) }
    return (estimator.estimate(spokenText(script)), false)
  }

  /// The opening and closing as a program speaks them: when none of its bulletins and
  /// announcements is synthesised (the announcer read them all), the sentences saying the
  /// bulletins are read by an AI voice are left out, since they would be untrue; otherwise
  /// the frames are spoken as written.
  func disclosed(_ opening: PlanItem, _ closing: PlanItem, content: [PlanItem]) -> (
    PlanItem, PlanItem
  ) {
    guard !content.isEmpty, !content.contains(where: \.isSynthesised) else {
      return (opening, closing)
    }
    return (withoutDisclosure(opening), withoutDisclosure(closing))
  }

  /// `item` with its AI-voice disclosure sentences removed (unchanged when it has none).
  func withoutDisclosure(_ item: PlanItem) -> PlanItem {
    let text = AIDisclosure.removingStatements(from: item.text)
    guard text != item.text else { return item }
    var changed = item
    let measured = seconds(text)
    changed.text = text
    changed.seconds = measured.seconds
    changed.isEstimated = !measured.exact
    return changed
  }
}
