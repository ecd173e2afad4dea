/// Mustache templates of the script pages and the announcement form.
enum ScriptTemplates {
  static let list = """
    <h1>Bản tin</h1>
    <p>{{count}} kịch bản trong lịch phát.</p>
    <div class="table-wrap"><table>
    <thead><tr><th>Tiêu đề</th><th>Chiến dịch</th><th>Người duyệt</th><th>Hiệu lực</th><th>Lần phát gần nhất</th><th>Lần phát tới</th></tr></thead>
    <tbody>
    {{#scripts}}<tr><td><a href="{{link}}">{{title}}</a><br><span class="location fill">{{path}}</span></td><td>{{campaign}}</td><td>{{approvedBy}}</td><td>{{validity}}</td><td>{{lastAiring}}</td><td>{{nextAiring}}</td></tr>
    {{/scripts}}
    </tbody></table></div>
    """

  static let detail = """
    <h1>{{title}}</h1>
    <p class="fill"><span class="location">{{path}}</span>{{#campaign}} — {{campaign}}{{/campaign}}{{#approvedBy}} — duyệt: {{approvedBy}}{{/approvedBy}}{{#validity}} — hiệu lực: {{validity}}{{/validity}}</p>
    <p><a class="button" href="{{previewLink}}">Nghe thử</a></p>
    <audio controls preload="none" src="{{previewLink}}" aria-label="Nghe thử"></audio>
    <div class="side-by-side">
    <section><h2>Văn bản viết</h2>{{#written}}<p>{{.}}</p>{{/written}}</section>
    <section><h2>Cách đọc (sau chuẩn hoá)</h2>{{#spoken}}<p>{{.}}</p>{{/spoken}}</section>
    </div>
    """

  static let announce = """
    <h1>Thông báo mới</h1>
    {{#saved}}<p class="notice">{{saved}}</p>{{/saved}}
    {{#hasProblems}}<div class="problems" role="alert"><p><strong>Chưa lưu được thông báo:</strong></p><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
    <form class="announce" method="post" action="/thong-bao-moi">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="ngay">Ngày phát</label>
    <input type="date" id="ngay" name="ngay" value="{{date}}" required>
    <label for="buoi">Buổi phát</label>
    <select id="buoi" name="buoi">{{#slots}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}} ({{at}})</option>{{/slots}}</select>
    <label for="uu-tien">Mức ưu tiên</label>
    <select id="uu-tien" name="uu_tien">{{#priorities}}<option value="{{key}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/priorities}}</select>
    <label for="tieu-de">Tiêu đề</label>
    <input type="text" id="tieu-de" name="tieu_de" value="{{title}}" maxlength="300" required>
    <label for="noi-dung">Nội dung</label>
    <textarea id="noi-dung" name="noi_dung" required>{{text}}</textarea>
    <p class="check"><input type="checkbox" id="phat-ngay" name="phat_ngay" value="1"{{#airNow}} checked{{/airNow}}> <label for="phat-ngay">Phát ngay (chuyển cho <code>loa air</code> như thông báo khẩn cấp)</label></p>
    <button type="submit">Lưu thông báo</button>
    </form>
    <p class="fill">Thông báo được lưu thành một tệp kịch bản trong thư mục <span class="location">{{folder}}</span>; tệp lịch phát không bị sửa.</p>
    """
}
