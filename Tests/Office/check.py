#!/usr/bin/env python3
"""What LibreOffice makes of Aktsom's Office files, run by .ci/run after `swift test`:

1. Each template's report as .docx (the example plan, 2025) is converted to PDF by headless
   LibreOffice Writer; the PDF must have pages, and every section heading of the report (from
   the JSON export) must be found in its text, in order. The HTML report printed by headless
   Chromium is counted beside it: the Word document may not run much longer than print.
2. A team's status sheet as .xlsx is converted to CSV by headless LibreOffice Calc: every cell
   must be what Aktsom's own CSV of the sheet holds. Saved again as .xlsx by Calc and imported
   with `sheet import --dry-run`, it must be read as the same sheet.
3. The workbook fixtures are made again by LibreOffice from their sources
   (Tests/AktsomKitTests/Fixtures/xlsx/regenerate.sh) and the reading tests run on them.

Usage: check.py AKTSOM [--keep DIR]   (pages and pictures are left in DIR to look at)
"""
import csv, io, json, os, shutil, subprocess, sys, tempfile

aktsom = os.path.abspath(sys.argv[1])
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
work = keep or tempfile.mkdtemp(prefix="aktsom-office-")
os.makedirs(work, exist_ok=True)
profile = "file://" + os.path.join(work, "lo-profile")
failures = []


def run(*args, **kwargs):
    return subprocess.run(list(args), check=True, capture_output=True, text=True, **kwargs)


def soffice(target, source, outdir):
    run("soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", target, "--outdir", outdir, source)


def pages(pdf):
    for line in run("pdfinfo", pdf).stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def words(text):
    return " ".join(text.replace("\u00a0", " ").split())


plan = os.path.join(work, "plan")
shutil.rmtree(plan, ignore_errors=True)
shutil.copytree(os.path.join(root, "Plans", "eksempel-kommune"), plan)
env = dict(os.environ, AKTSOM_PLAN=plan)

# 1. The reports.
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
for template in ["ehn-offentlig", "ehn-virksomhet", "ehn-2020", "handlingsplan"]:
    out = os.path.join(work, template)
    args = ["export", "--template", template, "--format", "docx,html,json", "--out", out]
    args += ["--as-of", "2025-12-31"] if template == "handlingsplan" else ["--year", "2025"]
    run(aktsom, *args, env=env)
    soffice("pdf", os.path.join(out, template + ".docx"), out)
    pdf = os.path.join(out, template + ".pdf")
    count = pages(pdf)
    text = words(run("pdftotext", "-layout", pdf, "-").stdout)
    report = json.load(open(os.path.join(out, template + ".json")))
    position, missing = 0, []
    for section in report["sections"]:
        heading = words(section["id"] + " " + section["title"])
        found = text.find(heading, position)
        if found < 0:
            found = text.find(words(section["title"]), position)
        if found < 0:
            missing.append(heading)
        else:
            position = found
    printed = None
    if chromium:
        html_pdf = os.path.join(out, template + "-html.pdf")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={html_pdf}", "file://" + os.path.join(out, template + ".html")], capture_output=True, timeout=120)
        printed = pages(html_pdf) if os.path.exists(html_pdf) else None
    print(f"{template}.docx: {count} pages in LibreOffice Writer, {len(report['sections'])} headings"
          + (f", {len(missing)} not found" if missing else ", all found in order")
          + (f"; the printed HTML has {printed} pages" if printed else ""))
    if count < 1:
        failures.append(f"{template}.docx: LibreOffice made no pages")
    for heading in missing:
        failures.append(f"{template}.docx: the heading «{heading}» is not in the PDF")
    if printed and count > printed * 1.3 + 2:
        failures.append(f"{template}.docx: {count} pages against the printed HTML's {printed}")
    if keep:
        run("pdftoppm", "-r", "50", "-png", pdf, os.path.join(out, "side"))

# 2. The status sheet.
sheets = os.path.join(work, "sheets")
os.makedirs(sheets, exist_ok=True)
run(aktsom, "sheet", "export", "--team", "Byggherre", "--out", os.path.join(sheets, "statusark.xlsx"), env=env)
run(aktsom, "sheet", "export", "--team", "Byggherre", "--out", os.path.join(sheets, "statusark.csv"), env=env)
soffice("csv:Text - txt - csv (StarCalc):59,34,76", os.path.join(sheets, "statusark.xlsx"), os.path.join(sheets, "calc"))
calc = list(csv.reader(io.open(os.path.join(sheets, "calc", "statusark.csv"), encoding="utf-8"), delimiter=";"))
ours = list(csv.reader(io.open(os.path.join(sheets, "statusark.csv"), encoding="utf-8-sig"), delimiter=";"))
def restored(cell):
    return cell[2:-1] if cell.startswith('="') and cell.endswith('"') else cell[1:] if cell.startswith("'") else cell
calc_rows = [[cell for cell in row] for row in calc[1:]]
our_rows = [[restored(cell) for cell in row] for row in ours[1:]]
if calc_rows != our_rows:
    failures.append("statusark.xlsx: LibreOffice Calc reads other cells than the CSV holds")
print(f"statusark.xlsx: {len(calc_rows) - 1} measures, {'the same cells as the CSV' if calc_rows == our_rows else 'NOT the cells of the CSV'} in LibreOffice Calc")
soffice("xlsx:Calc MS Excel 2007 XML", os.path.join(sheets, "statusark.xlsx"), os.path.join(sheets, "calc"))
again = run(aktsom, "sheet", "import", os.path.join(sheets, "calc", "statusark.xlsx"), "--team", "Byggherre", "--dry-run", "--json", env=env).stdout
imported = json.loads(again)
print(f"statusark.xlsx saved again by LibreOffice Calc: read back, {imported['unchanged']} rows without change")
if imported["unchanged"] != len(calc_rows) - 1 or imported["updates"]:
    failures.append("statusark.xlsx saved by LibreOffice Calc does not read back as the same sheet")
if keep:
    soffice("pdf", os.path.join(sheets, "statusark.xlsx"), sheets)

# 3. The fixtures, made again.
fixtures = os.path.join(work, "fixtures")
run(os.path.join(root, "Tests", "AktsomKitTests", "Fixtures", "xlsx", "regenerate.sh"), fixtures)
tests = subprocess.run(["swift", "test", "--skip-build", "--filter", "XLSXReaderTests|ProcurementWorkbookImportTests"], cwd=root,
                       env=dict(os.environ, AKTSOM_XLSX_FIXTURES=fixtures), capture_output=True, text=True)
print(f"the workbook fixtures made again by LibreOffice: the reading tests {'pass' if tests.returncode == 0 else 'FAIL'}")
if tests.returncode != 0:
    failures.append("the reading tests fail on the fixtures LibreOffice made again:\n" + tests.stdout[-3000:])

if not keep:
    shutil.rmtree(work, ignore_errors=True)
for failure in failures:
    print("FAIL:", failure, file=sys.stderr)
print("office check: ok" if not failures else f"office check: {len(failures)} failed")
sys.exit(1 if failures else 0)
