/// The periodic report as a Vietnamese administrative document (layout of Decree 30/2020/NĐ-CP:
/// issuing body and national motto, number, place and date, title, body, recipients, signature).
enum ReportTemplate {
  static let page = """
    <div class="no-print">
    <h1>Báo cáo kết quả phát thanh</h1>
    <form class="period-form" method="get" action="/bao-cao">
    <label>Tháng <input type="month" name="thang" value="{{month}}"></label>
    <button type="submit">Xem</button>
    </form>
    <form class="period-form" method="get" action="/bao-cao">
    <label>Từ ngày <input type="date" name="tu" value="{{from}}"></label>
    <label>Đến ngày <input type="date" name="den" value="{{to}}"></label>
    <button type="submit">Xem</button>
    </form>
    <p class="downloads">Tải về: <a href="{{csvLink}}" download>Bảng tính CSV</a> <a href="{{jsonLink}}" download>JSON</a> — In trang này (Ctrl+P) để có bản báo cáo khổ A4.</p>
    {{#problem}}<p class="error-message">{{problem}}</p>{{/problem}}
    </div>
    {{#report}}
    <article class="document">
    <div class="heading">
    <div><p class="issuer-parent">{{issuerParent}}</p><p class="issuer">{{issuer}}</p><span class="underline"></span><p class="number">Số: {{number}}</p></div>
    <div><p class="motto-1">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto-2">Độc lập - Tự do - Hạnh phúc</p><span class="underline"></span><p class="place-date">{{placeDate}}</p></div>
    </div>
    <p class="title">Báo cáo</p>
    <p class="subtitle">Kết quả phát thanh từ ngày {{fromText}} đến ngày {{toText}}</p>
    <div class="body">
    <p>{{summary}}</p>
    <p><strong>1. Theo chiến dịch tuyên truyền</strong></p>
    <table><thead><tr><th>TT</th><th>Chiến dịch</th><th class="num">Số lần phát</th><th class="num">Số bản tin khác nhau</th><th class="num">Số phút</th></tr></thead>
    <tbody>{{#campaigns}}<tr><td>{{index}}</td><td>{{title}}</td><td class="num">{{airings}}</td><td class="num">{{distinct}}</td><td class="num">{{minutes}}</td></tr>{{/campaigns}}
    {{^campaigns}}<tr><td colspan="5">Không có bản tin chiến dịch nào trong kỳ.</td></tr>{{/campaigns}}</tbody></table>
    <p><strong>2. Theo khung giờ</strong></p>
    <table><thead><tr><th>TT</th><th>Khung giờ</th><th class="num">Số chương trình</th><th class="num">Số phút</th></tr></thead>
    <tbody>{{#slots}}<tr><td>{{index}}</td><td>{{name}}</td><td class="num">{{programs}}</td><td class="num">{{minutes}}</td></tr>{{/slots}}
    {{^slots}}<tr><td colspan="4">Không có chương trình nào trong kỳ.</td></tr>{{/slots}}</tbody></table>
    <p><strong>3. Thông báo khẩn cấp</strong></p>
    {{#hasEmergencies}}<table><thead><tr><th>TT</th><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Tình trạng</th></tr></thead>
    <tbody>{{#emergencies}}<tr><td>{{index}}</td><td>{{date}}</td><td>{{start}}</td><td>{{title}}</td><td>{{state}}</td></tr>{{/emergencies}}</tbody></table>{{/hasEmergencies}}
    {{^hasEmergencies}}<p>Không có thông báo khẩn cấp trong kỳ.</p>{{/hasEmergencies}}
    <p>Âm thanh các chương trình được tạo bằng giọng nói tổng hợp và được gắn nhãn theo Điều 11 Luật Trí tuệ nhân tạo.</p>
    </div>
    <div class="closing">
    <div class="recipients"><p class="label">Nơi nhận:</p>{{#recipients}}<p>- {{.}}</p>{{/recipients}}</div>
    <div class="signature"><p class="role">{{signerTitle}}</p><p class="hint">(Ký, ghi rõ họ tên)</p><p class="name">{{signer}}</p></div>
    </div>
    </article>
    {{/report}}
    """
}
