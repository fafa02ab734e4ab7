/// Aktsom's own stylesheet, served from the binary at `/static/aktsom.css`: no external fonts,
/// no framework, readable on a laptop and printable. Colours follow the report's charts.
enum Stylesheet {
    static let css = """
    :root {
      --ink: #1d2733; --muted: #5b6673; --line: #d8dde3; --paper: #ffffff; --wash: #f4f6f8;
      --accent: #1f5f8b; --done: #2e7d4f; --late: #b3261e; --warn: #8a5a00;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
      color: var(--ink); background: var(--wash); line-height: 1.5;
    }
    * { box-sizing: border-box; }
    body { margin: 0; }
    header.site { background: var(--accent); color: #fff; padding: 0.75rem 1.5rem; }
    header.site a { color: #fff; text-decoration: none; font-weight: 600; }
    nav.site ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1.25rem; }
    nav.site a[aria-current="page"] { text-decoration: underline; }
    main { max-width: 72rem; margin: 1.5rem auto; padding: 1.5rem; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
    h1 { font-size: 1.6rem; margin-top: 0; }
    h2 { font-size: 1.25rem; margin-top: 2rem; }
    a { color: var(--accent); }
    table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
    th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: var(--wash); font-weight: 600; }
    form { margin: 1rem 0; }
    label { display: block; font-weight: 600; margin-top: 0.75rem; }
    input, select, textarea { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid var(--line); border-radius: 4px; max-width: 100%; }
    textarea { width: 100%; }
    button { font: inherit; padding: 0.45rem 1rem; border: 0; border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; margin-top: 1rem; }
    .field-error { color: var(--late); font-weight: 600; }
    .overdue { color: var(--late); }
    .done { color: var(--done); }
    .muted, .status { color: var(--muted); }
    .notice { border-left: 4px solid var(--warn); background: #fff8e6; padding: 0.75rem 1rem; }
    main.error { max-width: 40rem; }
    @media print {
      header.site, nav.site, form { display: none; }
      body, main { background: #fff; border: 0; margin: 0; }
    }

    """
}
