import BroadcastPlan
import Foundation
import Hummingbird
import LoaStudio

extension PageController {
  /// `GET /thong-bao-moi`: the empty form.
  func announceForm() throws -> Response {
    let workspace = try? station.workspace()
    var draft = AnnouncementWriter.Draft()
    draft.date = station.today.adding(days: 1).description
    return announcePage(draft, workspace: workspace, problems: [], saved: nil)
  }

  /// `POST /thong-bao-moi`: checks the CSRF token, validates, writes, then shows the plan.
  func announce(_ request: Request, context: WebRequestContext) async throws -> Response {
    var request = request
    let buffer = try await request.collectBody(upTo: WebLimits.bodyBytes)
    let fields = FormFields(String(buffer: buffer))
    guard tokens.verify(fields["csrf"], now: station.now) else { throw PageError.forbidden }
    var draft = AnnouncementWriter.Draft()
    draft.date = fields["ngay"] ?? ""
    draft.slot = fields["buoi"] ?? ""
    draft.priority = fields["uu_tien"] ?? "normal"
    draft.title = fields["tieu_de"] ?? ""
    draft.text = fields["noi_dung"] ?? ""
    draft.airNow = fields["phat_ngay"] != nil
    if draft.text.utf8.count > WebLimits.textBytes {
      throw PageError(
        status: .contentTooLarge,
        message: "Nội dung thông báo dài quá 64 KiB; hãy chia thành nhiều thông báo.")
    }
    switch try AnnouncementWriter(station: station).submit(draft) {
    case .rejected(let problems):
      let workspace = try? station.workspace()
      return announcePage(
        draft, workspace: workspace, problems: problems, saved: nil, status: .unprocessableContent)
    case .saved(_, let date, _):
      let anchor = "\(date)-\(draft.slot)"
      return Response(
        status: .seeOther,
        headers: [.location: "/lich-phat?tu=\(date)&ngay=1#\(anchor)"])
    }
  }

  func announcePage(
    _ draft: AnnouncementWriter.Draft, workspace: Workspace?, problems: [String], saved: String?,
    status: HTTPResponse.Status = .ok
  ) -> Response {
    let schedule = workspace?.schedule
    let slots = (schedule?.slots ?? []).map { slot -> [String: Any] in
      [
        "id": slot.id, "name": slot.name, "at": slot.at.description,
        "selected": slot.id == draft.slot,
      ]
    }
    let priorities = Priority.allCases.map {
      [
        "key": $0.key, "name": $0.displayName.prefix(1).uppercased() + $0.displayName.dropFirst(),
        "selected": $0.key == draft.priority,
      ] as [String: Any]
    }
    var data: [String: Any] = [
      "csrf": tokens.issue(now: station.now), "date": draft.date, "slots": slots,
      "priorities": priorities, "title": draft.title, "text": draft.text,
      "airNow": draft.airNow, "problems": problems, "hasProblems": !problems.isEmpty,
      "folder": station.announcementFolder(schedule).relative,
    ]
    if let saved { data["saved"] = saved }
    return page(
      "announce", title: "Thông báo mới", current: "/thong-bao-moi", workspace: workspace, data,
      status: status)
  }
}
