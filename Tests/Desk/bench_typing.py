"""Keystroke → preview timings of the desk (not a test: run it by hand).

    .venv-tests/bin/python Tests/Desk/bench_typing.py http://127.0.0.1:8080 [example] [keystrokes]

Opens the example in headless Chromium (1366×768, device pixel ratio 1), puts the caret at the end
of the trích yếu and types through the DevTools protocol (as a keyboard does, without WebDriver's
per-key checks), in two ways:
  - one keystroke at a time, each after the previous one's pages are shown;
  - a burst at 8 keystrokes a second (a quick typist), timing each new preview from the last
    keystroke it shows and from the oldest one it was the first to show.
The desk itself measures (window.__deskTimings: input event → new pages decoded and in place).
"""

import statistics
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def summary(values):
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):.0f} ms, p90 {p90:.0f} ms, min {ordered[0]:.0f}, max {ordered[-1]:.0f} (n={len(ordered)})"


def main():
    base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080"
    example = sys.argv[2] if len(sys.argv) > 2 else "cong-van-405-CV-BTGTU"
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1366,900"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
        driver.get(f"{base}/?example={example}")
        deadline = time.time() + 20
        while not driver.execute_script("return document.querySelectorAll('#preview img').length > 0") and time.time() < deadline:
            time.sleep(0.05)
        time.sleep(1)
        driver.execute_script("""
            const el = [...document.querySelectorAll('[data-pointer]')].find(e => e.dataset.pointer === '/subject');
            el.focus(); el.setSelectionRange(el.value.length, el.value.length);""")

        def key(character):
            driver.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "keyDown", "key": character, "text": character, "unmodifiedText": character})
            driver.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "keyUp", "key": character})

        timings = lambda: driver.execute_script("return window.__deskTimings")
        text = (" trên địa bàn tỉnh và các huyện thị" * 4)[:count]
        driver.execute_script("window.__deskTimings = []")
        for character in text:
            seen = len(timings())
            key(character)
            while len(timings()) == seen:
                time.sleep(0.005)
        single = timings()
        pages, dpi = single[0]["pages"], single[0]["dpi"]
        print(f"{example}: {pages} pages at {dpi} dpi")
        print(f"  one keystroke at a time: {summary([t['ms'] for t in single])}")
        print(f"    of which the request:  {summary([t['serverMs'] for t in single])}")
        print(f"    of which decoding:     {summary([t['decodeMs'] for t in single])}")

        time.sleep(1)
        driver.execute_script("window.__deskTimings = []")
        for character in text:
            key(character)
            time.sleep(0.125)
        time.sleep(1.5)
        burst = timings()
        print(f"  burst at 8 keystrokes/s: {len(text)} keystrokes shown in {len(burst)} previews")
        print(f"    from the last keystroke shown:   {summary([t['ms'] for t in burst])}")
        print(f"    from the oldest keystroke shown: {summary([t['firstMs'] for t in burst])}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
