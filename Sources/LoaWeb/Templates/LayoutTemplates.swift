/// The shared page frame and the stylesheet (no inline style or script: the CSP forbids them).
enum LayoutTemplates {
  static let layout = """
    <!doctype html>
    <html lang="vi">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — {{station}}</title>
    <link rel="icon" href="/favicon.ico" type="image/svg+xml">
    <link rel="stylesheet" href="/static/loa.css">
    </head>
    <body class="{{bodyClass}}">
    <header class="site">
    <p class="station">{{station}}</p>
    <nav aria-label="Mục chính">
    <ul>
    {{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
    {{/nav}}
    </ul>
    </nav>
    </header>
    <main>
    {{{body}}}
    </main>
    <footer class="site"><p>Loa — phần mềm lập lịch và đọc bản tin của {{station}}. Giọng đọc là giọng nói tổng hợp (trí tuệ nhân tạo).</p></footer>
    </body>
    </html>

    """

  static let error = """
    <h1>{{heading}}</h1>
    <p class="error-message">{{message}}</p>
    <p><a href="/">Về trang chủ</a></p>
    """

  static let favicon = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M2 6h3l5-4v12l-5-4H2z" fill="#a00"/></svg>
    """

  static let stylesheet = """
    :root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #d6d6d6; --accent: #a00000; --bg: #fff; --soft: #f5f3ef; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.5; font-size: 17px; }
    header.site { background: var(--accent); color: #fff; padding: .5rem 1rem; }
    header.site .station { margin: 0 0 .3rem; font-weight: bold; font-size: 1.1rem; }
    nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
    nav a { color: #fff; text-decoration: none; padding: .15rem 0; display: inline-block; }
    nav a[aria-current="page"] { border-bottom: 2px solid #fff; font-weight: bold; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    footer.site { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding: .8rem 1rem; text-align: center; }
    h1 { font-size: 1.5rem; margin: .4rem 0 1rem; }
    h2 { font-size: 1.2rem; margin: 1.4rem 0 .5rem; }
    h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
    th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
    th { background: var(--soft); }
    td.num, th.num { text-align: right; white-space: nowrap; }
    .table-wrap { overflow-x: auto; }
    .program { border: 1px solid var(--line); border-radius: 6px; padding: .2rem .8rem .6rem; margin: .8rem 0; }
    .program h3 { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
    .fill { color: var(--muted); font-size: .9rem; }
    .badge { display: inline-block; border-radius: 4px; padding: 0 .35rem; font-size: .85rem; background: var(--soft); border: 1px solid var(--line); }
    .badge.emergency { background: #a00000; color: #fff; border-color: #a00000; }
    .badge.priority { background: #fff0c2; border-color: #e3c35a; }
    .dropped, .warning { color: #7a4b00; }
    .error, .error-message { color: #a00000; }
    .counts { display: flex; gap: 1rem; flex-wrap: wrap; }
    .counts a { display: block; padding: .6rem 1rem; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; color: var(--ink); }
    .counts strong { font-size: 1.4rem; display: block; }
    .onair { border-left: 6px solid var(--accent); background: var(--soft); padding: .5rem .9rem; margin: .5rem 0; }
    audio { width: 100%; max-width: 28rem; display: block; margin: .3rem 0; }
    pre.source { background: var(--soft); padding: .4rem .6rem; overflow-x: auto; margin: .2rem 0 .8rem; font-size: .9rem; }
    .diagnostic { margin: .6rem 0; }
    .location { font-family: monospace; }
    .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    .side-by-side section { border: 1px solid var(--line); border-radius: 6px; padding: .2rem .8rem; }
    @media (max-width: 40rem) { .side-by-side { grid-template-columns: 1fr; } body { font-size: 16px; } }
    form.announce label { display: block; margin: .7rem 0 .2rem; font-weight: bold; }
    form.announce input[type=text], form.announce input[type=date], form.announce select, form.announce textarea { width: 100%; font: inherit; padding: .35rem; }
    form.announce textarea { min-height: 10rem; }
    form.announce .check label { display: inline; font-weight: normal; }
    button, .button { font: inherit; padding: .45rem 1rem; background: var(--accent); color: #fff; border: 0; border-radius: 4px; text-decoration: none; display: inline-block; margin-top: .8rem; cursor: pointer; }
    .problems { border: 1px solid #a00000; padding: .3rem .9rem; border-radius: 6px; }
    .notice { border: 1px solid #2e7d32; color: #1b5e20; padding: .4rem .9rem; border-radius: 6px; }
    .downloads a { margin-right: 1rem; }
    .period-form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
    .period-form label { display: flex; flex-direction: column; font-size: .9rem; }
    .period-form button { margin-top: 0; }
    /* Administrative report (Decree 30/2020/ND-CP layout) */
    .document { font-family: "Times New Roman", "Noto Serif", serif; font-size: 14pt; max-width: 21cm; margin: 0 auto; }
    .document .heading { display: grid; grid-template-columns: 2fr 3fr; text-align: center; gap: 1rem; }
    .document .heading p { margin: 0; }
    .document .issuer-parent { text-transform: uppercase; }
    .document .issuer, .document .motto-1 { font-weight: bold; text-transform: uppercase; }
    .document .motto-1 { font-size: 13pt; }
    .document .motto-2 { font-weight: bold; }
    .document .underline { display: inline-block; border-top: 1px solid var(--ink); width: 6em; margin-top: .2rem; }
    .document .number { margin-top: .6rem; }
    .document .place-date { font-style: italic; margin-top: .6rem; }
    .document .title { text-align: center; font-weight: bold; font-size: 14pt; margin: 1.4rem 0 0; text-transform: uppercase; }
    .document .subtitle { text-align: center; font-weight: bold; margin: 0 0 1rem; }
    .document .body p { text-align: justify; text-indent: 1.27cm; margin: .3rem 0; }
    .document table { font-size: 12pt; }
    .document .closing { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 1.2rem; }
    .document .recipients { font-size: 12pt; }
    .document .recipients p { margin: 0; }
    .document .recipients .label { font-weight: bold; font-style: italic; }
    .document .signature { text-align: center; }
    .document .signature .role { font-weight: bold; text-transform: uppercase; margin: 0; }
    .document .signature .hint { font-style: italic; margin: 0 0 4.5rem; }
    .document .signature .name { font-weight: bold; }
    @media print {
      header.site, footer.site, nav, .no-print { display: none !important; }
      main { max-width: none; padding: 0; }
      body { font-size: 13pt; }
      @page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }
      .document { max-width: none; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
