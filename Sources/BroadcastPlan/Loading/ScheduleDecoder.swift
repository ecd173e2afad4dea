import Yams

/// Decodes a schedule from YAML text, keeping every value's position and every problem.
///
/// The decoder is pure: it reads no file. Cross-checks between parts (unknown slots, overlaps,
/// lengths) belong to ``ScheduleValidator``.
public struct ScheduleDecoder: Sendable {
  static let topKeys = [
    "station", "voice", "audio", "opening", "closing", "slots", "campaigns", "announcements",
    "off_days", "announce_titles", "require_approval", "announcement_folder", "air",
  ]
  /// The opening used when a schedule has none; it tells every listener at the start that the
  /// voice is AI-generated (AI Law Art. 11).
  public static let defaultOpening =
    "{station} xin kính chào bà con. Hôm nay, {weekday} ngày {date}. "
    + "Các bản tin sau đây được đọc bằng giọng nói do trí tuệ nhân tạo tạo ra."
  /// The closing used when a schedule has none; it repeats the disclosure for late listeners.
  public static let defaultClosing =
    "Các bản tin trên được đọc bằng giọng nói do trí tuệ nhân tạo tạo ra. "
    + "Xin cảm ơn bà con đã chú ý lắng nghe."

  /// The file name used in diagnostics.
  public let file: String

  /// Creates a decoder for a file name (used only in diagnostics).
  public init(file: String) {
    self.file = file
  }

  /// The schedule (best effort: `nil` only when nothing usable was found) and every problem.
  public func decode(_ yaml: String) -> (schedule: Schedule?, diagnostics: [Diagnostic]) {
    var reader = NodeReader(file: file)
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: yaml) else {
        reader.error(
          at: SourceLocation(file: file, line: 1, column: 1), "tệp lịch phát trống")
        return (nil, reader.diagnostics)
      }
      root = node
    } catch {
      reader.diagnostics.append(syntaxDiagnostic(error))
      return (nil, reader.diagnostics)
    }
    let schedule = decodeRoot(root, &reader)
    return (schedule, reader.diagnostics)
  }

  func syntaxDiagnostic(_ error: Error) -> Diagnostic {
    var mark: Mark?
    var problem = "\(error)"
    if let yamlError = error as? YamlError {
      switch yamlError {
      case .scanner(_, let text, let at, _), .parser(_, let text, let at, _),
        .composer(_, let text, let at, _):
        mark = at
        problem = text
      case .duplicatedKeysInMapping(let duplicates, let context):
        mark = context.mark
        problem = "khoá bị lặp lại: \(duplicates.joined(separator: ", "))"
      default:
        break
      }
    }
    return Diagnostic(
      file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: .error,
      message: "lỗi cú pháp YAML: \(problem)")
  }

  func decodeRoot(_ root: Node, _ reader: inout NodeReader) -> Schedule? {
    guard
      let fields = reader.fields(
        root, of: "lịch phát", allowed: Self.topKeys, required: ["station", "slots"])
    else { return nil }
    var schedule = Schedule(
      file: file, station: "", opening: Self.defaultOpening, closing: Self.defaultClosing)
    if let node = fields["station"]?.value {
      schedule.station = reader.string(node, "station") ?? ""
    }
    if let node = fields["opening"]?.value {
      schedule.opening = reader.string(node, "opening") ?? schedule.opening
      schedule.openingLocation = reader.location(node)
    }
    if let node = fields["closing"]?.value {
      schedule.closing = reader.string(node, "closing") ?? schedule.closing
      schedule.closingLocation = reader.location(node)
    }
    if let node = fields["voice"]?.value { schedule.voice = decodeVoice(node, &reader) }
    if let node = fields["audio"]?.value { schedule.audio = decodeAudio(node, &reader) }
    if let node = fields["air"]?.value { schedule.air = decodeAir(node, &reader) }
    if let node = fields["announce_titles"]?.value {
      schedule.announceTitles = reader.bool(node, "announce_titles") ?? false
    }
    if let node = fields["require_approval"]?.value {
      schedule.requireApproval = reader.bool(node, "require_approval") ?? false
    }
    if let node = fields["slots"]?.value { schedule.slots = decodeSlots(node, &reader) }
    if let node = fields["campaigns"]?.value {
      schedule.campaigns = decodeCampaigns(node, &reader)
    }
    if let node = fields["announcements"]?.value {
      schedule.announcements = decodeAnnouncements(node, &reader)
    }
    if let node = fields["off_days"]?.value { schedule.offDays = decodeOffDays(node, &reader) }
    if let node = fields["announcement_folder"]?.value,
      let folder = reader.string(node, "announcement_folder")
    {
      schedule.announcementFolder = ScriptSource(path: folder, location: reader.location(node))
    }
    return schedule
  }

  func decodeAudio(_ node: Node, _ reader: inout NodeReader) -> AudioSettings {
    var audio = AudioSettings()
    let keys = ["sample_rate", "loudness", "format", "intro", "outro", "gap"]
    guard let fields = reader.fields(node, of: "audio", allowed: keys) else { return audio }
    if let value = fields["sample_rate"]?.value {
      audio.sampleRate = reader.int(value, "sample_rate", in: 8000...96_000) ?? audio.sampleRate
    }
    if let value = fields["loudness"]?.value {
      audio.loudness = reader.double(value, "loudness", in: -40...0) ?? audio.loudness
    }
    if let value = fields["format"]?.value, let format = reader.string(value, "format") {
      let known = ["wav", "flac", "ogg"]
      if known.contains(format) {
        audio.format = format
      } else {
        reader.error(value, "định dạng không rõ '\(format)' (có: wav, flac, ogg)")
      }
    }
    if let value = fields["intro"]?.value, let intro = reader.string(value, "intro") {
      audio.intro = intro == "chime" ? .chime : .file(intro)
      if intro != "chime" { audio.introLocation = reader.location(value) }
    }
    if let value = fields["outro"]?.value {
      audio.outro = reader.string(value, "outro")
      audio.outroLocation = reader.location(value)
    }
    if let value = fields["gap"]?.value {
      audio.gap = reader.double(value, "gap", in: 0...10) ?? audio.gap
    }
    return audio
  }

  /// `air: { late_grace: 10m, playout: loa|external }`.
  func decodeAir(_ node: Node, _ reader: inout NodeReader) -> AirSettings {
    var air = AirSettings(isDeclared: true)
    let keys = ["late_grace", "playout"]
    guard let fields = reader.fields(node, of: "air", allowed: keys) else { return air }
    if let value = fields["late_grace"]?.value {
      air.lateGraceSeconds = reader.duration(value, "late_grace") ?? air.lateGraceSeconds
    }
    if let value = fields["playout"]?.value, let text = reader.string(value, "playout") {
      if let playout = AirSettings.Playout(rawValue: text) {
        air.playout = playout
      } else {
        reader.error(value, "cách phát không hợp lệ '\(text)' (dùng loa hoặc external)")
      }
    }
    return air
  }
}
