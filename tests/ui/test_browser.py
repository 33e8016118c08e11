"""End to end: the real API and the real Streamlit server on loopback, driven by headless Chromium (Debian's)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from common.settings import Settings
from tests.conftest import ARTIFACTS, free_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
QUESTION = "Quels programmes de subvention pour une medtech au Québec ?"  # no stage: the answer asks for it
CHROME_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000")
WIDTH = 1280

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="Debian's chromium and chromedriver are not installed (make install: scripts/system-deps.sh)"),
]


def boussole_env(settings: Settings, database: Path, **extra: str) -> dict[str, str]:
    """The test index's settings as BOUSSOLE_* variables for a subprocess (no developer variables leak in)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOUSSOLE_")}
    env.update({
        "BOUSSOLE_DATA_DIR": str(settings.data_dir), "BOUSSOLE_CORPUS_DIR": str(settings.corpus_dir),
        "BOUSSOLE_EMBEDDER": settings.embedder, "BOUSSOLE_THREADS": str(settings.threads),
        "BOUSSOLE_COLLECTION_PREFIX": settings.collection_prefix, "BOUSSOLE_RETRIEVAL_MODE": settings.retrieval_mode,
        "BOUSSOLE_DATABASE_URL": f"sqlite:///{database}", "BOUSSOLE_RATE_LIMIT_PER_MINUTE": "0",
        "HF_HUB_OFFLINE": "1", **extra,
    })
    if settings.chroma_url:
        env["BOUSSOLE_CHROMA_URL"] = settings.chroma_url
    return env


def start(args: list[str], env: dict[str, str], cwd: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "assistant.cli", *args], env=env, cwd=cwd, stdout=out,
                                stderr=subprocess.STDOUT)


def wait_up(proc: subprocess.Popen[bytes], url: str, log: Path, timeout: float) -> None:
    """Wait for `url` to answer below 500; fail at once, with the log's tail, if the process has died."""
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{url} exited with {proc.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(url, timeout=2.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    pytest.fail(f"{url} did not answer within {timeout:.0f} s:\n{log.read_text(errors='replace')[-2000:]}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def servers(corpus_index: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """`boussole serve` over the test index and `boussole ui` pointed at it, both on loopback; the UI's URL."""
    work = tmp_path_factory.mktemp("e2e")
    api_port, ui_port = free_port(), free_port()
    api = f"http://127.0.0.1:{api_port}"
    env = boussole_env(corpus_index, work / "api.sqlite", BOUSSOLE_API_URL=api)
    procs = [start(["serve", "--host", "127.0.0.1", "--port", str(api_port)], env, work, work / "api.log")]
    try:
        wait_up(procs[0], f"{api}/ready", work / "api.log", timeout=180)
        procs.append(start(["ui", "--host", "127.0.0.1", "--port", str(ui_port)], env, work, work / "ui.log"))
        wait_up(procs[1], f"http://127.0.0.1:{ui_port}/_stcore/health", work / "ui.log", timeout=60)
        yield f"http://127.0.0.1:{ui_port}", api
    finally:
        for proc in reversed(procs):
            stop(proc)


@pytest.fixture(scope="module")
def ui_url(servers: tuple[str, str]) -> str:
    return servers[0]


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="boussole-chromium-")
    for flag in (*CHROME_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: Any, name: str) -> Path:
    """A full-page PNG under tests/artifacts/ (the window grows to the page's height first)."""
    height = driver.execute_script(
        "return Math.max(...Array.from(document.querySelectorAll('*'), e => e.scrollHeight))")
    driver.set_window_size(WIDTH, min(max(1000, int(height) + 120), 6000))
    time.sleep(1.0)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    driver.set_window_size(WIDTH, 1000)
    return path


def downloaded(folder: Path, suffix: str, timeout: float = 30) -> Path:
    """The file the browser saved with this suffix (waits for the download to finish)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        done = [p for p in folder.iterdir() if p.name.endswith(suffix)]
        if done and done[0].stat().st_size > 0:
            return done[0]
        time.sleep(0.3)
    pytest.fail(f"no {suffix} file was downloaded: {[p.name for p in folder.iterdir()]}")


def no_exception(driver: Any) -> None:
    from selenium.webdriver.common.by import By

    shown = driver.find_elements(By.CSS_SELECTOR, "[data-testid='stException']")
    assert not shown, shown[0].text


def cards_text(driver: Any) -> str:
    from selenium.webdriver.common.by import By

    return "\n".join(c.text for c in driver.find_elements(By.CSS_SELECTOR, "[class*='st-key-card_']"))


def french_labels() -> list[str]:
    """Card words that exist only in French: enum labels that differ in English, and the card's own headings."""
    from common.labels import LABELS
    from ui.strings import STRINGS

    words = {fr for g in ("intake", "fit", "kind", "applicant") for fr, en in LABELS[g].values() if fr != en}
    words |= {STRINGS[k][0] for k in ("f.amount", "f.why", "f.next_step", "f.applicant", "f.uncertain", "f.official")}
    return sorted(words | {"constaté", "à vérifier", "non publié"})


def test_question_follow_up_language_and_calendar(ui_url: str, browser: Any, downloads: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(ui_url + "/")
    wait = WebDriverWait(browser, 120)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "[data-testid='stChatInputTextArea']")))
    box.send_keys(QUESTION)
    box.send_keys(Keys.ENTER)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "[class*='st-key-card_']")))
    answers = browser.find_elements(By.CSS_SELECTOR, "[data-testid='stChatMessage']")
    assert len(answers) == 2 and re.search(r"\[\d+\]", answers[1].text), answers[-1].text[:500]
    no_exception(browser)
    screenshot(browser, "ui-chat-card.png")
    # the question back, as buttons: a click sends the choice as the next message
    choices = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "[class*='st-key-fu_'] button"))
    screenshot(browser, "ui-followup.png")
    first = len(browser.find_elements(By.CSS_SELECTOR, "[class*='st-key-card_']"))
    browser.execute_script("arguments[0].click()", choices[-1])
    # the second answer is in (its own cards) before the language is switched, which would interrupt it
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "[class*='st-key-card_']")) > first)
    # English: no French label is left on the cards
    english = browser.find_element(By.XPATH, "//*[@data-testid='stSidebar']//label[.//p[text()='English']]")
    browser.execute_script("arguments[0].click()", english)
    wait.until(lambda d: "Amount for one company" in cards_text(d))
    text = cards_text(browser)
    left = [w for w in french_labels() if re.search(rf"(?<![\w']){re.escape(w)}(?!\w)", text)]
    assert left == [], (left, text[:1500])
    no_exception(browser)
    screenshot(browser, "ui-chat-card-en.png")


def test_calendar_download(servers: tuple[str, str], browser: Any, downloads: Path) -> None:
    """The .ics under an answer with programs (the route comes with the calendar branch: skipped until it is here)."""
    import httpx
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    if httpx.get(f"{servers[1]}/programs/calendar.ics", params={"ids": "nrc-irap", "lang": "en"}).status_code == 404:
        pytest.skip("GET /programs/calendar.ics is not on this branch yet")
    button = WebDriverWait(browser, 60).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "[class*='st-key-ics_'] button"))
    browser.execute_script("arguments[0].click()", button)
    assert downloaded(downloads, ".ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_programs_page_with_comparison(ui_url: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(ui_url + "/programs?program=nrc-irap&compare=nrc-irap,medteq-impact,mitacs-accelerate")
    browser.set_window_size(WIDTH, 1000)
    wait = WebDriverWait(browser, 60)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "[data-testid='stDataFrame']")))

    def comparison(d: Any) -> Any:
        tables = d.find_elements(By.CSS_SELECTOR, "[data-testid='stMarkdownContainer'] table")
        return next((t for t in tables if "Mitacs" in t.text and "MEDTEQ" in t.text), False)

    table = wait.until(comparison)
    assert len(table.find_elements(By.CSS_SELECTOR, "thead th")) == 4  # the row labels + three programs
    # the grid draws its column headers after the frame appears (later on a loaded machine): wait for them
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-testid='stDataFrame'] [role=columnheader]"))
    # at 1280 px the table's columns all lie inside the window (nothing to scroll sideways)
    right = browser.execute_script(
        "const f = document.querySelector(\"[data-testid='stDataFrame']\"); const r = f.getBoundingClientRect();"
        "const h = Array.from(f.querySelectorAll('[role=columnheader]'), e => e.getBoundingClientRect().right);"
        "return [r.right, Math.max(...h), window.innerWidth]")
    assert right[1] <= right[0] + 1 and right[0] <= right[2], right
    no_exception(browser)
    screenshot(browser, "ui-programs-1280.png")


def test_briefing_page_form(ui_url: str, browser: Any, downloads: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(ui_url + "/briefing")
    wait = WebDriverWait(browser, 60)
    form = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "[data-testid='stForm']")))
    no_exception(browser)
    screenshot(browser, "ui-briefing.png")
    form.find_element(By.CSS_SELECTOR, "input[type='text']").send_keys("Société Éole")
    form.find_element(By.CSS_SELECTOR, "[data-testid='stBaseButton-primaryFormSubmit']").click()
    # the briefing is built by the real API behind the page: its download buttons must appear
    pdf = wait.until(lambda d: d.find_elements(By.XPATH, "//*[@data-testid='stDownloadButton']//button[contains(., 'PDF')]"))
    assert pdf, "the briefing page shows no PDF download button"
    no_exception(browser)
    screenshot(browser, "ui-briefing-submitted.png")
    browser.execute_script("arguments[0].click()", pdf[0])
    assert downloaded(downloads, ".pdf").read_bytes().startswith(b"%PDF")
    ics = browser.find_elements(By.XPATH, "//*[@data-testid='stDownloadButton']//button[contains(., '.ics')]")
    assert ics, "the briefing page shows no deadline-calendar download button"
    browser.execute_script("arguments[0].click()", ics[0])
    assert downloaded(downloads, ".ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
