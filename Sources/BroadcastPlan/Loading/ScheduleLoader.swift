import Foundation

/// Reads a schedule file and every script it refers to. The only file access in `BroadcastPlan`.
///
/// ```swift
/// let loaded = try ScheduleLoader().load(path: "schedules/hai-hung.yaml")
/// let problems = loaded.check(today: today)
/// ```
public struct ScheduleLoader: Sendable {
  /// Creates a loader.
  public init() {}

  /// Reads and decodes `path` and its scripts.
  ///
  /// - Throws: ``PlanError/unreadableSchedule(path:)`` when the schedule itself cannot be read.
  public func load(path: String) throws(PlanError) -> LoadedSchedule {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadableSchedule(path: path)
    }
    let file = PathResolver.normalize(path)
    guard let yaml = String(data: data, encoding: .utf8) else {
      let diagnostic = Diagnostic(
        file: file, line: 1, column: 1, severity: .error, message: "tệp lịch phát không phải UTF-8")
      return LoadedSchedule(schedule: nil, scripts: ScriptLibrary(), diagnostics: [diagnostic])
    }
    let decoded = ScheduleDecoder(file: file).decode(yaml)
    guard var schedule = decoded.schedule else {
      return LoadedSchedule(
        schedule: nil, scripts: ScriptLibrary(), diagnostics: decoded.diagnostics)
    }
    var reading = ScriptReading(baseDirectory: PathResolver.directory(of: file), scheduleFile: file)
    reading.diagnostics = decoded.diagnostics
    for campaign in schedule.campaigns {
      var paths: [String] = []
      for source in campaign.scripts { paths += reading.expand(source) }
      reading.library.campaignScripts[campaign.id] = paths
    }
    for announcement in schedule.announcements {
      _ = reading.expand(announcement.script, folderAllowed: false)
    }
    schedule.announcements += reading.headerAnnouncements(schedule)
    reading.checkAudioFile(schedule.audio)
    return LoadedSchedule(
      schedule: schedule, scripts: reading.library, diagnostics: reading.diagnostics)
  }
}

/// The mutable state of one load: scripts read so far and problems found.
struct ScriptReading {
  let baseDirectory: String
  let scheduleFile: String
  var library = ScriptLibrary()
  var diagnostics: [Diagnostic] = []

  init(baseDirectory: String, scheduleFile: String) {
    self.baseDirectory = baseDirectory
    self.scheduleFile = scheduleFile
  }

  /// The script paths (relative to the schedule) a source names, reading each script once.
  mutating func expand(_ source: ScriptSource, folderAllowed: Bool = true) -> [String] {
    let location = source.location ?? SourceLocation(file: scheduleFile, line: 1, column: 1)
    let onDisk = PathResolver.join(baseDirectory, source.path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: onDisk, isDirectory: &isDirectory) else {
      diagnostics.append(
        Diagnostic(location, .error, "không tìm thấy tệp hoặc thư mục kịch bản '\(source.path)'"))
      return []
    }
    guard isDirectory.boolValue else {
      read(relative: source.path, onDisk: onDisk)
      return library.scripts[source.path] == nil ? [] : [source.path]
    }
    guard folderAllowed else {
      diagnostics.append(
        Diagnostic(location, .error, "'\(source.path)' là thư mục; thông báo cần một tệp .txt"))
      return []
    }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: onDisk)) ?? [])
      .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
    guard !names.isEmpty else {
      diagnostics.append(
        Diagnostic(location, .error, "thư mục kịch bản '\(source.path)' không có tệp .txt nào"))
      return []
    }
    let folder = source.path.hasSuffix("/") ? String(source.path.dropLast()) : source.path
    var paths: [String] = []
    for name in names {
      let relative = folder + "/" + name
      read(relative: relative, onDisk: onDisk + "/" + name)
      if library.scripts[relative] != nil { paths.append(relative) }
    }
    return paths
  }

  /// Reads and parses one script file unless it was read already.
  mutating func read(relative: String, onDisk: String) {
    guard library.scripts[relative] == nil else { return }
    if let script = parse(relative: relative, onDisk: onDisk) { library.scripts[relative] = script }
  }

  /// Reads and parses one script file, recording its problems; `nil` when it is unusable.
  mutating func parse(relative: String, onDisk: String) -> Script? {
    let file = PathResolver.normalize(onDisk)
    guard let data = FileManager.default.contents(atPath: onDisk) else {
      diagnostics.append(
        Diagnostic(
          file: file, line: 1, column: 1, severity: .error, message: "không đọc được tệp kịch bản"))
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      diagnostics.append(
        Diagnostic(
          file: file, line: 1, column: 1, severity: .error,
          message: "tệp kịch bản không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8"))
      return nil
    }
    let parsed = ScriptParser(path: relative, file: file).parse(text)
    diagnostics += parsed.diagnostics
    guard var script = parsed.script else { return nil }
    script.recording = Self.recording(beside: relative, onDisk: onDisk)
    return script
  }

  /// The extensions of an announcer's recording beside a script, in order of preference.
  static let recordingExtensions = ["wav", "flac", "ogg", "mp3"]

  /// `01-x.wav` (or `.flac`, `.ogg`, `.mp3`) next to `01-x.txt`, relative like the script.
  static func recording(beside relative: String, onDisk: String) -> String? {
    guard relative.hasSuffix(".txt"), onDisk.hasSuffix(".txt") else { return nil }
    let stem = String(onDisk.dropLast(4))
    guard
      let found = recordingExtensions.first(where: {
        FileManager.default.fileExists(atPath: stem + "." + $0)
      })
    else { return nil }
    return String(relative.dropLast(4)) + "." + found
  }

  /// An intro or outro file must exist.
  mutating func checkAudioFile(_ audio: AudioSettings) {
    var files: [(name: String, location: SourceLocation?)] = []
    if case .file(let intro) = audio.intro { files.append((intro, audio.introLocation)) }
    if let outro = audio.outro { files.append((outro, audio.outroLocation)) }
    for file in files
    where !FileManager.default.fileExists(atPath: PathResolver.join(baseDirectory, file.name)) {
      let location = file.location ?? SourceLocation(file: scheduleFile, line: 1, column: 1)
      diagnostics.append(
        Diagnostic(location, .error, "không tìm thấy tệp âm thanh '\(file.name)'"))
    }
  }
}
