#!/usr/bin/env python3
"""The lead's journey through `aktsom serve` in a real headless Chromium.

Builds nothing: give it the built `aktsom` (argument or $AKTSOM_BIN). It copies the example plan
to a temporary folder, starts `aktsom serve --port 0` there with AKTSOM_NOW fixed, reads the
token link from the first line of stdout and drives the browser: the dashboard with its charts,
a status update through the form, a new procurement, a status sheet imported with a preview and
a confirm, the report downloaded, an overdue self-report answered from the check page, a follow-up
plan accepted, English. A screenshot of each step goes to $JOURNEY_SHOTS
(default Tests/Browser/screenshots, not committed). Exits non-zero at the first step that fails.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

ROOT = Path(__file__).resolve().parents[2]
BINARY = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("AKTSOM_BIN", ROOT / ".build/debug/aktsom")).resolve()
SHOTS = Path(os.environ.get("JOURNEY_SHOTS", ROOT / "Tests/Browser/screenshots"))


def step(name):
    print(f"journey: {name}", flush=True)


def main():
    if not BINARY.exists():
        sys.exit(f"journey: no aktsom at {BINARY}; build it first (swift build)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="aktsom-journey-"))
    downloads = work / "downloads"
    downloads.mkdir()
    shutil.copytree(ROOT / "Plans/eksempel-kommune", work / "Plans/eksempel-kommune")
    environment = dict(os.environ, AKTSOM_NOW="2026-11-21")
    environment.pop("AKTSOM_PLAN", None)
    server = subprocess.Popen([str(BINARY), "serve", "--port", "0"], cwd=work, env=environment,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    driver = None
    try:
        link = server.stdout.readline().strip()
        if not link.startswith("http://127.0.0.1:"):
            sys.exit(f"journey: expected the token link, got {link!r}: {server.stderr.read()}")
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=nb"]:
            options.add_argument(argument)
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
        driver.implicitly_wait(5)

        def shot(name):
            driver.save_screenshot(str(SHOTS / f"{name}.png"))

        step("open the token link and see the dashboard with charts")
        driver.get(link)
        assert "?token=" not in driver.current_url, "the token stays in the address bar"
        assert driver.find_element(By.TAG_NAME, "h1").text == "Fjordvik kommune"
        assert len(driver.find_elements(By.CSS_SELECTOR, "section.charts svg")) >= 1, "no chart on the dashboard"
        shot("01-oversikt")

        step("update a measure's status through the form and see it in the history")
        driver.find_element(By.LINK_TEXT, "Handlingsplan").click()
        shot("02-handlingsplan")
        driver.get(link.split("/?")[0] + "/tiltak/klima-1.3")
        Select(driver.find_element(By.NAME, "status")).select_by_value("pågår")
        driver.find_element(By.NAME, "note").send_keys("Ombrukslageret er leid; åpner i januar.")
        driver.find_element(By.NAME, "date").send_keys("31.02.2025")
        driver.find_element(By.CSS_SELECTOR, "form.status-form button").click()
        assert "ugyldig verdi «31.02.2025»" in driver.find_element(By.ID, "f-date-error").text
        shot("03-statusfeil")
        date = driver.find_element(By.NAME, "date")
        date.clear()
        date.send_keys("2026-11-19")
        driver.set_window_size(1280, 800)  # a laptop's screen
        driver.find_element(By.CSS_SELECTOR, "form.status-form button").click()
        assert "Statusen er registrert." in driver.find_element(By.ID, "lagret").text
        assert "Ombrukslageret er leid" in driver.find_element(By.ID, "historikk").text
        # The page scrolls to the history; the message that it was saved stays in sight.
        top, bottom, height = driver.execute_script(
            "const r = document.getElementById('lagret').getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight]")
        assert top >= 0 and bottom <= height, f"the saved message is out of sight ({top}..{bottom} of {height})"
        driver.set_window_size(1280, 1600)
        shot("04-historikk")

        step("add a procurement with requirements")
        driver.find_element(By.LINK_TEXT, "Anskaffelser").click()
        driver.find_element(By.LINK_TEXT, "Ny anskaffelse").click()
        driver.find_element(By.NAME, "title").send_keys("Arbeidsklær til driftsavdelingen")
        driver.find_element(By.NAME, "id").send_keys("2025/0456")
        driver.find_element(By.NAME, "year").send_keys("2025")
        driver.find_element(By.NAME, "category").send_keys("Arbeidsklær")
        driver.find_element(By.NAME, "value").send_keys("3 400 000")
        driver.find_element(By.CSS_SELECTOR, "input[name='req-etikk'][value='qualification']").click()
        driver.find_element(By.CSS_SELECTOR, "input[name='req-etikk'][value='contract']").click()
        shot("05-ny-anskaffelse")
        driver.find_element(By.CSS_SELECTOR, "form.record-form button").click()
        assert "Anskaffelsen er lagret." in driver.find_element(By.ID, "lagret").text
        assert "2025/0456" in driver.find_element(By.TAG_NAME, "h1").text
        shot("06-anskaffelse")

        step("import a status sheet: preview, then confirm")
        base = link.split("/?")[0]
        sheet = subprocess.run([str(BINARY), "sheet", "export", "--team", "Byggherre", "--out", str(work / "ark.csv")],
                               cwd=work, env=environment, capture_output=True, text=True)
        assert sheet.returncode == 0, sheet.stderr
        text = (work / "ark.csv").read_bytes().decode("utf-8-sig")
        lines = text.split("\r\n")
        for index, line in enumerate(lines):
            if line.startswith("klima-1.4;"):
                cells = line.split(";")
                cells[-3:] = ["pågår", "Anbud lyst ut i november", ""]
                lines[index] = ";".join(cells)
        (work / "ark-utfylt.csv").write_bytes(("\ufeff" + "\r\n".join(lines)).encode("utf-8"))
        driver.get(base + "/import")
        Select(driver.find_element(By.NAME, "team")).select_by_value("Byggherre")
        driver.find_element(By.ID, "f-sheet").send_keys(str(work / "ark-utfylt.csv"))
        driver.find_element(By.CSS_SELECTOR, "form[action='/import/statusark'] button").click()
        preview = driver.find_element(By.ID, "forhandsvisning").text
        assert "klima-1.4" in preview and "registrert" in preview, preview
        shot("07-import-forhandsvisning")
        driver.find_element(By.CSS_SELECTOR, "form.confirm button").click()
        assert "Statusarket er importert." in driver.find_element(By.ID, "lagret").text
        journal = (work / "Plans/eksempel-kommune/journal.jsonl").read_text(encoding="utf-8")
        assert "Anbud lyst ut i november" in journal
        shot("08-import-ferdig")

        step("preview the report and download it")
        driver.get(base + "/eksport?year=2025")
        assert driver.find_elements(By.CSS_SELECTOR, ".report-preview section")
        shot("09-eksport")
        driver.find_element(By.LINK_TEXT, "ehn-offentlig.html").click()
        target = downloads / "ehn-offentlig-2025.html"
        for _ in range(50):
            if target.exists() and target.stat().st_size > 0:
                break
            time.sleep(0.2)
        assert target.exists(), f"no download in {list(downloads.iterdir())}"
        assert "<svg" in target.read_text(encoding="utf-8") and "Fjordvik kommune" in target.read_text(encoding="utf-8")

        step("the check page links to its fixes")
        driver.get(base + "/kontroll?year=2025")
        shot("10-kontroll")

        step("record an overdue self-report's answer from the check page, and accept next year's follow-up plan")
        driver.get(base + "/kontroll")
        driver.find_element(By.CSS_SELECTOR, "#sjekk-self-report-overdue a.button").click()
        driver.find_element(By.NAME, "answered").send_keys("2026-11-20")
        Select(driver.find_element(By.NAME, "outcome")).select_by_value("ok")
        shot("11-egenrapportering")
        driver.find_element(By.CSS_SELECTOR, "form.record-form button").click()
        assert "Oppfølgingen er registrert." in driver.find_element(By.ID, "lagret").text
        assert "svar 20.11.2026" in driver.find_element(By.ID, "oppfolging-oppfolging-dqxpzxy").text
        driver.get(base + "/oppfolgingsplan?year=2027&capacity=3")
        driver.find_element(By.CSS_SELECTOR, "form.accept-plan button").click()
        assert "Forslaget er lagt inn som planlagt oppfølging." in driver.find_element(By.ID, "lagret").text
        assert "planlagt 31.03.2027" in driver.find_element(By.CSS_SELECTOR, "table.follow-up-plan").text
        shot("12-oppfolgingsplan")

        step("on a phone, no page is wider than the screen: tables scroll inside themselves")
        driver.set_window_size(390, 844)
        for path, name in [("/", "14-telefon-oversikt"), ("/anskaffelser", "15-telefon-anskaffelser"), ("/tiltak/klima-1.1", "16-telefon-tiltak")]:
            driver.get(base + path)
            width, screen = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            assert width <= screen, f"{path} is {width} px wide on a {screen} px screen"
            shot(name)
        driver.set_window_size(1280, 1600)

        step("switch to English")
        driver.get(base + "/")
        driver.find_element(By.LINK_TEXT, "English").click()
        assert driver.find_element(By.CSS_SELECTOR, "nav.site a[aria-current='page']").text == "Overview"
        shot("13-english")
        print("journey: 16 screenshots in", SHOTS)
        print("1 passed, 0 failed")
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
