/// Mustache templates of the schedule pages; `{{x}}` is HTML-escaped, `{{{x}}}` is not (used only
/// for HTML this library rendered itself).
enum PageTemplates {
  static let home = """
    <h1>Trang chủ</h1>
    <section aria-labelledby="now">
    <h2 id="now">Đang phát và sắp phát</h2>
    {{#onAir}}<div class="onair"><strong>Đang phát:</strong> {{name}} ({{date}}, {{time}}) — <span class="location">{{file}}</span></div>{{/onAir}}
    {{^onAir}}<p>Hiện không phát chương trình nào.{{^playout}} Chưa có nhật ký phát: lệnh <code>loa air</code> chưa chạy.{{/playout}}</p>{{/onAir}}
    {{#next}}<div class="onair"><strong>Sắp phát:</strong> {{name}} lúc {{time}} ngày {{date}} — <span class="location">{{file}}</span></div>{{/next}}
    {{^next}}<p>Không có chương trình nào sắp phát trong hai ngày tới.</p>{{/next}}
    </section>
    <section aria-labelledby="today">
    <h2 id="today">Chương trình hôm nay, {{todayText}}</h2>
    {{#todayPrograms}}<div class="program"><h3><span>{{time}} — {{name}}</span> <span class="fill">{{itemCount}} mục, {{length}}</span></h3>
    <ul>{{#items}}<li>{{title}}{{#priorityLabel}} <span class="badge {{priority}}">{{priorityLabel}}</span>{{/priorityLabel}}</li>{{/items}}</ul>
    {{#audio}}<audio controls preload="none" src="{{audio}}"></audio>{{/audio}}</div>
    {{/todayPrograms}}
    {{^todayPrograms}}<p>Hôm nay không có chương trình nào.</p>{{/todayPrograms}}
    {{#scheduleError}}<p class="error">{{scheduleError}}</p>{{/scheduleError}}
    <p><a href="/lich-phat">Xem lịch phát 7 ngày tới</a></p>
    </section>
    <section aria-labelledby="check">
    <h2 id="check">Kiểm tra lịch phát</h2>
    <div class="counts">
    <a href="/kiem-tra"><strong class="{{#hasErrors}}error{{/hasErrors}}">{{errors}}</strong> lỗi</a>
    <a href="/kiem-tra"><strong class="{{#hasWarnings}}warning{{/hasWarnings}}">{{warnings}}</strong> cảnh báo</a>
    </div>
    </section>
    """

  static let plan = """
    <h1>Lịch phát</h1>
    <form class="period-form no-print" method="get" action="/lich-phat">
    <label>Từ ngày <input type="date" name="tu" value="{{from}}"></label>
    <label>Số ngày <input type="number" name="ngay" min="1" max="60" value="{{days}}"></label>
    <button type="submit">Xem</button>
    </form>
    <p>{{station}} — lịch phát từ {{fromText}} đến {{throughText}}. Thời lượng có dấu ~ là ước tính (chưa tạo âm thanh).</p>
    {{#dayList}}
    <h2>{{heading}}</h2>
    {{#offDay}}<p>Ngày nghỉ: không phát.</p>{{/offDay}}
    {{#programs}}<section class="program" id="{{anchor}}">
    <h3><span>{{time}} — {{name}}</span> <span class="fill">{{planned}} / {{length}} ({{fill}}%)</span></h3>
    <div class="table-wrap"><table>
    <thead><tr><th>Giờ</th><th>Mục</th><th>Chiến dịch</th><th>Ưu tiên</th><th class="num">Thời lượng</th></tr></thead>
    <tbody>
    {{#items}}<tr><td>{{start}}</td><td>{{#link}}<a href="{{link}}">{{title}}</a>{{/link}}{{^link}}{{title}}{{/link}}</td><td>{{campaign}}</td><td>{{#priorityLabel}}<span class="badge {{priority}}">{{priorityLabel}}</span>{{/priorityLabel}}</td><td class="num">{{seconds}}</td></tr>
    {{/items}}
    </tbody></table></div>
    {{#hasDropped}}<p class="dropped"><strong>Bị bỏ ra:</strong></p><ul class="dropped">
    {{#dropped}}<li>{{title}} ({{priorityLabel}}): {{reason}}</li>{{/dropped}}
    </ul>{{/hasDropped}}
    {{#audio}}<p>Âm thanh: <audio controls preload="none" src="{{audio}}"></audio></p>{{/audio}}
    {{^audio}}<p class="fill">Chưa tạo âm thanh (chạy <code>loa render</code>).</p>{{/audio}}
    </section>
    {{/programs}}
    {{#idle}}<p class="warning">{{time}} — {{name}}: {{reason}}</p>{{/idle}}
    {{/dayList}}
    {{#hasWarnings}}<h2>Cảnh báo</h2><ul class="warning">
    {{#warnings}}<li>{{.}}</li>{{/warnings}}
    </ul>{{/hasWarnings}}
    """

  static let check = """
    <h1>Kiểm tra lịch phát</h1>
    <p>Tệp lịch: <span class="location">{{schedule}}</span>. {{summary}}</p>
    {{#diagnostics}}<div class="diagnostic">
    <p><span class="location">{{location}}</span>: <strong class="{{severityClass}}">{{severity}}</strong>: {{message}}</p>
    {{#source}}<pre class="source">{{source}}
    {{caret}}</pre>{{/source}}
    </div>
    {{/diagnostics}}
    {{^diagnostics}}<p class="notice">Không có lỗi hay cảnh báo nào.</p>{{/diagnostics}}
    """

  static let log = """
    <h1>Nhật ký phát</h1>
    <form class="period-form no-print" method="get" action="/nhat-ky">
    <label>Ngày <input type="date" name="ngay" value="{{date}}"></label>
    <button type="submit">Xem</button>
    </form>
    <h2>{{dateText}}</h2>
    {{#hasAirings}}<div class="table-wrap"><table>
    <thead><tr><th>Buổi</th><th>Loại</th><th>Tệp</th><th>Dự kiến</th><th>Bắt đầu</th><th>Kết thúc</th><th class="num">Đã phát</th><th>Trạng thái</th><th>Đầu ra</th><th>Ghi chú</th></tr></thead>
    <tbody>
    {{#airings}}<tr><td>{{slot}}</td><td>{{kind}}</td><td class="location">{{file}}</td><td>{{scheduled}}</td><td>{{started}}</td><td>{{ended}}</td><td class="num">{{played}}</td><td>{{status}}</td><td>{{output}}</td><td>{{note}}</td></tr>
    {{/airings}}
    </tbody></table></div>{{/hasAirings}}
    {{^airings}}<p>Chưa có lượt phát nào được ghi cho ngày này. Nhật ký do lệnh <code>loa air</code> ghi khi phát theo lịch.</p>{{/airings}}
    """
}
