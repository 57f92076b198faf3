"""Shared setup of the desk's browser tests (scripts/desk-tests.sh runs them).

The service is the one at $DESK_URL (the script starts it); without it, the tests start
$VANBAN_SERVE themselves. The browser is Debian's Chromium, headless, 1366×768, driven through
/usr/bin/chromedriver by path (Selenium Manager is never asked for anything). Every request the
page makes is read from Chromium's performance log, and each test ends by checking that none left
the desk's origin and that the page broke no Content-Security-Policy rule.
"""

import json
import os
import pathlib
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.parse

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not go looking for browsers

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("DESK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("DESK_CHROMEDRIVER", "/usr/bin/chromedriver")
WIDTH, HEIGHT = 1366, 768


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("DESK_URL")
    if url:
        yield url.rstrip("/")
        return
    serve = os.environ.get("VANBAN_SERVE", str(ROOT / ".build/debug/vanban-serve"))
    process = subprocess.Popen([serve, "--resources", str(ROOT), "--port", "0", "--workers", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline().strip()
    assert line.startswith("vanban: listening on "), f"vanban-serve did not start: {line!r}"
    yield line.removeprefix("vanban: listening on ").rstrip("/")
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)


@pytest.fixture(scope="session")
def downloads():
    folder = tempfile.mkdtemp(prefix="desk-downloads-")
    yield pathlib.Path(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def browser(downloads):
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={WIDTH},{HEIGHT + 140}", "--lang=vi-VN", "--no-first-run",
                     "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-default-apps",
                     "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "safebrowsing.enabled": False, "profile.default_content_setting_values.automatic_downloads": 1,
    })
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield driver
    driver.quit()


class Desk:
    """The desk in the browser, with the few moves the tests make."""

    def __init__(self, driver, base_url, downloads):
        self.driver = driver
        self.base_url = base_url
        self.downloads = downloads

    def wait(self, condition, timeout=15, message=""):
        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(lambda d: condition(), message)

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def open(self, path="/", fresh=True):
        """Opens a page of the desk; `fresh` starts from an empty browser storage."""
        if fresh:
            self.driver.get(self.base_url + "/desk/icons/vanban.svg")
            self.js("localStorage.clear()")
        self.driver.get(self.base_url + path)
        self.wait(lambda: self.js("return document.body.dataset.ready === 'true'"), message="the desk did not start")

    def open_example(self, name):
        self.open(f"/?example={urllib.parse.quote(name)}")
        self.wait_pages()

    def field(self, pointer, nth=0):
        elements = [e for e in self.driver.find_elements(By.CSS_SELECTOR, "[data-pointer]")
                    if e.get_attribute("data-pointer") == pointer]
        assert len(elements) > nth, f"no field for {pointer}"
        return elements[nth]

    def value(self, pointer, nth=0):
        """The value the field editing `pointer` shows (found and read in one step: the form may rebuild)."""
        return self.js("""
            const el = [...document.querySelectorAll('[data-pointer]')].filter(e => e.dataset.pointer === arguments[0])[arguments[1]];
            return el ? el.value : null;""", pointer, nth)

    def wait_field(self, pointer, nth=0):
        self.wait(lambda: len([e for e in self.driver.find_elements(By.CSS_SELECTOR, "[data-pointer]")
                               if e.get_attribute("data-pointer") == pointer]) > nth, message=f"no field for {pointer}")
        return self.field(pointer, nth)

    def replace_text(self, pointer, text, nth=0):
        """Clicks into the field, selects what it holds and types `text` over it, as a clerk would."""
        element = self.wait_field(pointer, nth)
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()
        if element.get_attribute("value"):
            element.send_keys("\ue009a")  # Ctrl+A
            element.send_keys("\ue003")   # Backspace (in an empty paragraph it would join it to the one before)
        if text:
            element.send_keys(text)
        return element

    def pages(self):
        """How many page images the preview shows (decoded ones only)."""
        return self.js("return [...document.querySelectorAll('#preview img')].filter(i => i.complete && i.naturalWidth > 0).length")

    def wait_pages(self, at_least=1, timeout=20):
        self.wait(lambda: self.pages() >= at_least, timeout, "the preview shows no page")

    def preview_signature(self):
        """A cheap fingerprint of the pages shown (the data: URLs are large)."""
        return self.js("""
            return [...document.querySelectorAll('#preview img')].map(i => {
              const s = i.src; let h = s.length;
              for (let k = 0; k < s.length; k += 101) h = (h * 31 + s.charCodeAt(k)) | 0;
              return h;
            }).join(',');""")

    def problems(self):
        return self.js("""
            return [...document.querySelectorAll('#problems li.problem')].map(li => ({
              path: li.dataset.path, code: li.dataset.code,
              severity: [...li.classList].find(c => c.startsWith('sev-'))?.slice(4),
              text: li.querySelector('.text')?.textContent ?? '', fix: Boolean(li.querySelector('.fix')) }));""")

    def field_messages(self, pointer):
        """The problem messages shown under the field that edits `pointer`."""
        return self.js("""
            const el = [...document.querySelectorAll('[data-pointer]')].find(e => e.dataset.pointer === arguments[0]);
            const wrap = el && el.closest('[data-field]');
            return wrap ? [...wrap.querySelectorAll('.field-problem')].map(p => p.textContent) : [];""", pointer)

    def draft(self):
        """The draft the browser keeps, parsed here so that the order of its members is kept."""
        text = self.js("""
            const id = JSON.parse(localStorage.getItem('vanban-desk:current') || 'null');
            return (id && localStorage.getItem('vanban-desk:draft:' + id)) || null;""")
        return json.loads(text) if text else None

    def wait_saved(self):
        self.wait(lambda: "Đã lưu" in self.driver.find_element(By.ID, "save-state").text, message="the draft was not saved")

    def wait_download(self, suffix, timeout=20):
        def ready():
            files = [p for p in self.downloads.iterdir() if p.name.endswith(suffix)]
            return files[0] if files and not any(p.name.endswith(".crdownload") for p in self.downloads.iterdir()) else None
        return self.wait(ready, timeout, f"no {suffix} was downloaded")


@pytest.fixture
def desk(browser, base_url, downloads):
    for item in downloads.iterdir():
        item.unlink()
    browser.get_log("performance")
    browser.get_log("browser")
    yield Desk(browser, base_url, downloads)
    check_requests_and_csp(browser, base_url)


def check_requests_and_csp(browser, base_url):
    """Every request the page made went to the desk's origin (or stayed inside it: data:, blob:);
    no Content-Security-Policy violation and no uncaught script error in the console."""
    origin = urllib.parse.urlsplit(base_url)
    foreign = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") != "Network.requestWillBeSent":
            continue
        url = message["params"]["request"]["url"]
        parts = urllib.parse.urlsplit(url)
        if parts.scheme in ("data", "blob") or url == "about:blank":
            continue
        if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
            foreign.append(url)
    assert not foreign, f"requests left the origin: {foreign}"
    log = browser.get_log("browser")
    violations = [e["message"] for e in log if "Content Security Policy" in e["message"]]
    assert not violations, f"the page broke its Content-Security-Policy: {violations}"
    errors = [e["message"] for e in log if e["level"] == "SEVERE" and "Uncaught" in e["message"]]
    assert not errors, f"the page's scripts failed: {errors}"


def pytest_report_header(config):
    return [f"desk: Chromium {CHROMIUM}, chromedriver {CHROMEDRIVER}, {WIDTH}x{HEIGHT}"]


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


TIMINGS = []


@pytest.fixture(scope="session")
def timings_report():
    """Collects keystroke → preview timings (window.__deskTimings); reported at the end of the run."""
    return TIMINGS


def pytest_terminal_summary(terminalreporter):
    """Prints the median keystroke → preview time and writes it to /tmp/desk-timings.txt."""
    if not TIMINGS:
        return
    values = [t["ms"] for t in TIMINGS]
    line = (f"desk keystroke→preview: median {median(values):.0f} ms, p90 {percentile(values, 0.9):.0f} ms, "
            f"min {min(values)} ms, max {max(values)} ms over {len(values)} keystrokes "
            f"(request median {median([t['serverMs'] for t in TIMINGS]):.0f} ms, {TIMINGS[0]['pages']} pages "
            f"at {TIMINGS[0]['dpi']} dpi; a change made while the pages are up to date is sent at once)")
    terminalreporter.write_line(line)
    pathlib.Path("/tmp/desk-timings.txt").write_text(line + "\n" + json.dumps(TIMINGS) + "\n", encoding="utf-8")
