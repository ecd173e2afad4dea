import BroadcastPlan
import Foundation
import SpeechAudio

extension RenderJob {
  /// One day between planning and commit: what is kept, what must be rendered, where.
  struct DayDraft {
    /// What to do with the day.
    enum Kind {
      /// No programs and no folder: nothing to write.
      case skip
      /// Every program is unchanged and its file intact: the manifest already there stays.
      case unchanged(Manifest)
      /// A new generation in `staging`; unchanged files are already linked into it.
      case staged(URL)
    }

    let day: CalendarDay
    let recipes: [ProgramRecipe]
    let kind: Kind
    /// Per recipe: the kept program of the current manifest, or nil when it must be rendered.
    var programs: [Manifest.Program?]
    /// Per recipe: whether this run renders it (false: its file was kept).
    let renders: [Bool]
  }

  /// Decides what a day needs; stages a new generation (linking the unchanged files into it)
  /// when anything changed.
  func prepareDay(_ day: CalendarDay, recipes: [ProgramRecipe], existing: Manifest?) throws
    -> DayDraft
  {
    let date = day.description
    if recipes.isEmpty && !FileManager.default.fileExists(atPath: days.final(date).path) {
      return DayDraft(day: day, recipes: [], kind: .skip, programs: [], renders: [])
    }
    let reusable = reusablePrograms(existing, date: date)
    let kept = recipes.map { reusable[$0.fingerprint] }
    if let existing, !recipes.isEmpty,
      recipes.map(\.fingerprint) == existing.programs.map(\.fingerprint),
      kept.allSatisfy({ $0 != nil })
    {
      return DayDraft(
        day: day, recipes: recipes, kind: .unchanged(existing), programs: kept,
        renders: kept.map { _ in false })
    }
    let staging = try stage { try days.beginDay(date) }
    for program in kept.compactMap({ $0 }) {
      try stage { try days.carryOver(program.file, of: date, into: staging) }
    }
    return DayDraft(
      day: day, recipes: recipes, kind: .staged(staging), programs: kept,
      renders: kept.map { $0 == nil })
  }

  /// Renders every program the drafts lack (on as many threads as the pool has workers) and
  /// finishes each day in order as soon as its programs are there; `onDay` gets each finished
  /// day (not the skipped ones) with its manifest.
  func renderDrafts(
    _ drafts: inout [DayDraft], log: AsRunLog, onDay: (DayDraft, Manifest) -> Void
  ) throws {
    struct Work: Sendable {
      let draft: Int
      let program: Int
      let url: URL
      let segments: [AudioSegment]
      let options: AudioRenderOptions
    }
    var pending: [Work] = []
    for (d, draft) in drafts.enumerated() {
      guard case .staged(let staging) = draft.kind else { continue }
      for (p, recipe) in draft.recipes.enumerated() where draft.renders[p] {
        pending.append(
          Work(
            draft: d, program: p, url: staging.appendingPathComponent(recipe.fileName),
            segments: recipe.segments, options: recipe.options))
      }
    }
    let work = pending
    // Programs hold no speech segments: the renderer needs no workers for them.
    let programRenderer = AudioRenderer(synthesizer: renderer.synthesizer)
    var finished = 0
    func finishReadyDays() throws {
      while finished < drafts.count, drafts[finished].programs.allSatisfy({ $0 != nil }) {
        let draft = drafts[finished]
        if let manifest = try finishDay(draft, log: log) { onDay(draft, manifest) }
        finished += 1
      }
    }
    try finishReadyDays()
    let lanes = OrderedLanes(lanes: renderer.pool?.jobs ?? 1)
    try lanes.run(work.count) { index in
      let item = work[index]
      let rendered = try programRenderer.render(item.segments, to: item.url, options: item.options)
      return (rendered, try SHA256.hex(ofFile: item.url))
    } consume: { index, result in
      let item = work[index]
      let recipe = drafts[item.draft].recipes[item.program]
      drafts[item.draft].programs[item.program] = recipe.manifestProgram(
        rendered: result.0, sha256: result.1)
      try finishReadyDays()
    }
  }

  /// Writes a finished day: the log rows of an unchanged one, or the playlist, the manifest,
  /// the folder swap and the log rows of a staged one. Nil for a skipped day.
  private func finishDay(_ draft: DayDraft, log: AsRunLog) throws -> Manifest? {
    let date = draft.day.description
    switch draft.kind {
    case .skip:
      return nil
    case .unchanged(let existing):
      let generation = days.current(date)?.lastPathComponent ?? date
      try log.ensureDay(
        date, with: logRows(existing), generation: generation, at: now.description)
      return existing
    case .staged(let staging):
      let manifest = Manifest(
        date: date, station: schedule.station, programs: draft.programs.compactMap { $0 })
      try stage {
        try writeText(playlist(manifest).text, to: staging.appendingPathComponent("playlist.m3u"))
        try writeText(Self.json(manifest), to: staging.appendingPathComponent("manifest.json"))
      }
      try log.replaceDay(
        date, with: logRows(manifest), generation: staging.lastPathComponent, at: now.description
      ) {
        try stage { try days.commitDay(date, generation: staging) }
      }
      return manifest
    }
  }
}
