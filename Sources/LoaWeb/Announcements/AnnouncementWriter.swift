import BroadcastPlan
import Foundation
import LoaAir
import LoaStudio

/// Validates an announcement made in the web page and writes it as a script file (temporary
/// name, then rename); with "Phát ngay", also drops a copy into `loa air`'s spool folder.
struct AnnouncementWriter {
  let station: Station

  struct Draft {
    var date = ""
    var slot = ""
    var priority = "normal"
    var title = ""
    var text = ""
    var airNow = false
  }

  enum Outcome {
    case saved(path: String, date: CalendarDay, queued: Bool)
    case rejected([String])
  }

  /// Checks the draft with the rules of `loa check` and writes it when it has no error.
  func submit(_ draft: Draft) throws -> Outcome {
    let form = validate(draft)
    guard form.problems.isEmpty, let fields = form.fields else { return .rejected(form.problems) }
    let (title, text, day, priority) = fields
    let workspace = try station.workspace()
    guard let schedule = workspace.schedule else {
      return .rejected(["Lịch phát có lỗi, chưa thêm được thông báo. Xem trang Kiểm tra."])
    }
    let folder = station.announcementFolder(schedule)
    let name = uniqueName(in: folder, date: day, slot: draft.slot, title: title)
    let path = folder.path(of: name)
    let file = AnnouncementFile(
      title: title, date: day, slotID: draft.slot, priority: priority, text: text)
    let display = schedule.fileName(ofRelativePath: path)
    let read = AnnouncementFile.read(text: file.rendered, path: path, file: display)
    var diagnostics = read.diagnostics
    if !read.announcements.isEmpty, let script = read.script {
      let checked = workspace.adding(
        announcements: read.announcements, scripts: [script], today: station.today)
      diagnostics += checked.diagnostics.filter { $0.file == display }
    }
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else {
      return .rejected(errors.map { "\($0.line >= 6 ? "Nội dung" : "Thông báo"): \($0.message)" })
    }
    try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
    try Self.writeAtomically(file.rendered, to: folder.url.appendingPathComponent(name))
    station.invalidate()
    var queued = false
    if draft.airNow {
      // Rendered and queued exactly as `loa emergency` does; `loa air` takes it within a second.
      _ = try EmergencyQueue(output: station.output).submit(
        text: "\(title). \(text)", studio: station.studio, workspace: workspace,
        now: station.now)
      queued = true
    }
    return .saved(path: path, date: day, queued: queued)
  }

  /// The form's own checks (before the schedule's): the cleaned title and text, the day and the
  /// priority when they parse, and every problem found, in the form's order.
  private func validate(_ draft: Draft) -> (
    fields: (title: String, text: String, day: CalendarDay, priority: Priority)?,
    problems: [String]
  ) {
    var problems: [String] = []
    let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
    let text = draft.text.replacingOccurrences(of: "\r\n", with: "\n")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    if title.isEmpty { problems.append("Thiếu tiêu đề.") }
    if title.contains(where: \.isNewline) || title.count > 300 {
      problems.append("Tiêu đề phải nằm trên một dòng, tối đa 300 ký tự.")
    }
    if text.isEmpty { problems.append("Thiếu nội dung thông báo.") }
    if text.utf8.count > WebLimits.textBytes {
      problems.append("Nội dung dài quá 64 KiB; hãy chia thành nhiều thông báo.")
    }
    if text.split(separator: "\n").contains(where: {
      $0.trimmingCharacters(in: .whitespaces) == "---"
    }) {
      problems.append("Nội dung không được có dòng chỉ gồm '---'.")
    }
    let slotCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
    if draft.slot.isEmpty || !draft.slot.unicodeScalars.allSatisfy({ slotCharacters.contains($0) })
    {
      problems.append("Buổi phát '\(draft.slot)' không hợp lệ.")
    }
    guard let day = CalendarDay.parse(draft.date) else {
      problems.append("Ngày phát '\(draft.date)' không hợp lệ (cần dạng 2026-12-05).")
      return (nil, problems)
    }
    guard let priority = Priority(key: draft.priority) else {
      problems.append(
        "mức ưu tiên không hợp lệ '\(draft.priority)' (chỉ có normal, priority, emergency)")
      return (nil, problems)
    }
    return ((title, text, day, priority), problems)
  }

  /// `2026-12-05-sang-hop-thon.txt`, with `-2`, `-3`… when taken.
  func uniqueName(in folder: AnnouncementFolder, date: CalendarDay, slot: String, title: String)
    -> String
  {
    let slug = Self.slug(title)
    let slotPart = Self.slug(slot)
    let base =
      "\(date)-\(slotPart.isEmpty ? "buoi" : slotPart)-\(slug.isEmpty ? "thong-bao" : slug)"
    var name = base + ".txt"
    var counter = 2
    while FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(name).path) {
      name = "\(base)-\(counter).txt"
      counter += 1
    }
    return name
  }

  /// ASCII, lower case, words joined by `-`, at most 40 characters: "Mời họp thôn" → "moi-hop-thon".
  static func slug(_ text: String) -> String {
    let folded = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(
      of: "Đ", with: "D"
    )
    .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    var out = ""
    for scalar in folded.unicodeScalars {
      if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else if !out.hasSuffix("-"), !out.isEmpty {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return String(out.prefix(40)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
  }

  /// Writes under a temporary name in the same folder, then renames into place.
  static func writeAtomically(_ text: String, to url: URL) throws {
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    try Data(text.utf8).write(to: temporary)
    if rename(temporary.path, url.path) != 0 {
      try? FileManager.default.removeItem(at: temporary)
      throw CocoaError(.fileWriteUnknown)
    }
  }
}
