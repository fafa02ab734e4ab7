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
    header.site { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 2rem; }
    header.site .brand { display: flex; gap: 1rem; align-items: baseline; }
    header.site .organisation { opacity: 0.85; }
    nav.site a { font-weight: 500; }
    nav.site li.language { margin-left: 1rem; border-left: 1px solid rgba(255,255,255,0.5); padding-left: 1rem; }
    th.number, td.number { text-align: right; font-variant-numeric: tabular-nums; }
    progress { width: 6rem; height: 0.8rem; vertical-align: middle; accent-color: var(--done); }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(36rem, 100%), 1fr)); gap: 0 2rem; }
    .columns > section { min-width: 0; overflow-x: auto; }
    .charts figure { margin: 1rem 0 1.5rem; }
    figcaption { color: var(--muted); margin-bottom: 0.4rem; }
    figcaption strong { color: var(--ink); display: block; }
    svg { max-width: 100%; height: auto; }
    svg .label, svg .value, svg .legend { font-size: 12px; fill: var(--ink); }
    svg .inside { font-size: 11px; fill: #ffffff; }
    svg .target { stroke: var(--ink); stroke-width: 2; }
    .tag { display: inline-block; font-size: 0.8rem; border-radius: 3px; padding: 0 0.45rem; border: 1px solid var(--line); background: var(--wash); white-space: nowrap; }
    .tag.status-planned { background: #eef1f4; }
    .tag.status-in-progress { background: #e3eefa; border-color: #2f6fb0; color: #1f4f80; }
    .tag.status-done { background: #e6f4ea; border-color: var(--done); color: var(--done); }
    .tag.status-delayed { background: #fff4e5; border-color: #d9822b; color: var(--warn); }
    .tag.status-cancelled { color: var(--muted); }
    .tag.overdue { background: #fdecea; border-color: var(--late); color: var(--late); }
    tr.overdue-row td:first-child { box-shadow: inset 4px 0 0 var(--late); }
    tr.differs td { background: #fff8e6; }
    .id { color: var(--accent); font-variant-numeric: tabular-nums; }
    .crumbs { color: var(--muted); margin: 0 0 0.5rem; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    a.button { display: inline-block; padding: 0.35rem 0.9rem; border-radius: 4px; background: var(--accent); color: #fff; text-decoration: none; }
    a.button.secondary { background: var(--wash); color: var(--accent); border: 1px solid var(--accent); }
    a.button.small { padding: 0.1rem 0.6rem; font-size: 0.9rem; }
    .small-link { font-size: 0.85rem; font-weight: normal; }
    .saved { border-left: 4px solid var(--done); background: #e6f4ea; padding: 0.6rem 1rem; position: sticky; top: 0; z-index: 1; }
    main [id] { scroll-margin-top: 4rem; }
    .form-problems { border-left: 4px solid var(--late); background: #fdecea; padding: 0.6rem 1rem; margin: 1rem 0; }
    .field { margin: 0.6rem 0; }
    .field.has-error input, .field.has-error select, .field.has-error textarea { border-color: var(--late); border-width: 2px; }
    .field-error p { margin: 0.2rem 0; }
    .field-error p.note { font-weight: normal; color: var(--ink); }
    .hint { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0; }
    .record-form input[type=text], .record-form select { width: 100%; max-width: 36rem; }
    .record-form textarea { max-width: 48rem; }
    label.inline { display: inline; font-weight: normal; }
    .field.check label { font-weight: normal; }
    form.filters fieldset { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; border: 1px solid var(--line); border-radius: 4px; }
    form.filters .field { margin: 0.3rem 0; }
    form.filters button { margin: 0.3rem 0; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    ul.updates { list-style: none; padding: 0; }
    ul.updates li { padding: 0.25rem 0; border-bottom: 1px solid var(--line); }
    .note { color: var(--ink); }
    ul.findings li { margin: 0.6rem 0; }
    ul.findings li.notice { color: var(--warn); }
    .fix { margin-top: 0.2rem; }
    p.source { margin: 0.2rem 0 0; font-size: 0.9rem; color: var(--muted); overflow-wrap: anywhere; }
    section.rule { overflow-wrap: anywhere; }
    fieldset.requirements { min-width: 0; overflow-x: auto; }
    section.rule blockquote { margin: 0.5rem 0; padding: 0.25rem 0.75rem; border-left: 3px solid var(--line); }
    ul.sources { font-size: 0.9rem; overflow-wrap: anywhere; }
    pre { white-space: pre-wrap; background: var(--wash); padding: 0.5rem; border-radius: 4px; }
    .preview { border: 2px solid var(--accent); border-radius: 6px; padding: 0 1rem 1rem; margin: 1rem 0; }
    .preview.rejected { border-color: var(--late); }
    td.yes { color: var(--done); }
    td.no { color: var(--muted); }
    .report-preview { border-top: 2px solid var(--line); margin-top: 2rem; }
    .report-preview main { max-width: none; margin: 0; padding: 0; border: 0; }
    .report-preview .field .label { font-weight: 600; }
    .report-preview .notfilled { background: #fff8e6; border-left: 4px solid var(--warn); padding: 0.3rem 0.7rem; margin: 0.3rem 0; }
    .report-preview .tag.blank { color: #8a4b08; background: #fff8e6; }
    .report-preview tr.marked td { background: #fdecea; }
    .report-preview .group { border-left: 3px solid var(--line); padding-left: 0.9rem; }
    fieldset.checks { border: 1px solid var(--line); border-radius: 4px; max-width: 48rem; columns: 2 18rem; }
    fieldset.checks legend { font-weight: 600; }
    fieldset.checks label { display: block; font-weight: normal; margin: 0.1rem 0; break-inside: avoid; }
    form.inline-action { display: inline; margin: 0; }
    form.confirm a { margin-left: 1rem; }
    @media (max-width: 40rem) {
      main { margin: 0; padding: 0.75rem; border: 0; border-radius: 0; }
      header.site { padding: 0.5rem 0.75rem; gap: 0.25rem; }
      nav.site ul { gap: 0.2rem 0.9rem; }
      table { display: block; overflow-x: auto; }
    }
    @media print {
      header.site, nav.site, form { display: none; }
      body, main { background: #fff; border: 0; margin: 0; }
    }

    """
}
