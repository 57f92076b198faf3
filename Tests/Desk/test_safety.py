"""The desk's safety and reach: its Content-Security-Policy and the code it allows, requests that
never leave the origin, every field labelled in Vietnamese with its JSON pointer, the keyboard,
a JSON file opened and kept as it was, and a window at 200 % zoom."""

import json
import pathlib
import re
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

WEB = pathlib.Path(__file__).resolve().parents[2] / "web"
CSP = ("default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'none'")


def test_the_content_security_policy(base_url):
    for path in ["/", "/desk/app.js", "/desk/style.css", "/desk/desk/preview.js"]:
        with urllib.request.urlopen(base_url + path) as response:
            assert response.status == 200, path
            assert response.headers["Content-Security-Policy"] == CSP, path
            assert response.headers["X-Content-Type-Options"] == "nosniff", path
    # What the policy forbids is not in the files either: no inline script or style, no handlers, no eval.
    html = (WEB / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline <script>"
    assert "<style" not in html and not re.search(r"\sstyle=", html), "inline style"
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"
    for script in WEB.rglob("*.js"):
        code = script.read_text(encoding="utf-8")
        for forbidden in ["eval(", "new Function", "innerHTML", "outerHTML", "document.write", "setAttribute('style'", "http://", "https://"]:
            assert forbidden not in code, f"{script.relative_to(WEB)} uses {forbidden}"


def test_no_request_leaves_the_origin(desk):
    desk.open_example("party-cong-van-hd05")
    desk.replace_text("/place", "Cần Thơ")
    desk.wait(lambda: (desk.draft() or {}).get("place") == "Cần Thơ")
    desk.wait_pages(1)
    # The performance log is read: the desk's own requests are in it (the fixture checks the rest).
    entries = [json.loads(e["message"])["message"] for e in desk.driver.get_log("performance")]
    urls = [m["params"]["request"]["url"] for m in entries if m.get("method") == "Network.requestWillBeSent"]
    # One request per change: the preview carries the check's findings and the anchors.
    assert any("/v1/preview?" in u and "check=true" in u and "anchors=true" in u for u in urls), urls
    assert all(u.startswith(desk.base_url) or u.startswith(("data:", "blob:")) for u in urls), urls


def test_every_field_is_labelled_and_addressed(desk):
    for example in ["ke-hoach-ngan-sach", "quyet-dinh-phu-luc-quy-che", "ban-sao-y"]:
        desk.open_example(example)
        unlabelled = desk.js("""
            return [...document.querySelectorAll('#form input, #form select, #form textarea')]
              .filter(el => !el.closest('.add-bar'))
              .filter(el => {
                const label = el.id && document.querySelector('label[for="' + el.id + '"]');
                return !label || !label.textContent.trim() || !el.dataset.pointer;
              })
              .map(el => el.outerHTML.slice(0, 120));""")
        assert not unlabelled, f"{example}: fields without a label or a pointer: {unlabelled}"
        count = desk.js("return document.querySelectorAll('#form [data-pointer]').length")
        assert count > 30, example
    # Tables are edited as a grid, appendices and copies have their own parts.
    assert desk.js("return document.querySelector('#part-copy') !== null")


def test_the_keyboard(desk):
    desk.open_example("cong-van")
    row = desk.field("/addressees/1")
    row.click()
    row.send_keys(Keys.END, Keys.ENTER)
    desk.wait(lambda: desk.js("return document.activeElement.dataset.pointer") == "/addressees/2", message="Enter added no row")
    desk.driver.switch_to.active_element.send_keys("Công an tỉnh")
    desk.driver.switch_to.active_element.send_keys(Keys.ALT, Keys.ARROW_UP)
    desk.wait(lambda: (desk.draft() or {}).get("addressees") == ["Các sở, ban, ngành tỉnh", "Công an tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố"],
              message="Alt+↑ did not move the row")
    assert desk.js("return document.activeElement.dataset.pointer") == "/addressees/1"
    # Ctrl+B makes the selected words bold with the model's markup.
    paragraph = desk.field("/body/4")
    paragraph.click()
    desk.js("arguments[0].setSelectionRange(0, 10)", paragraph)
    paragraph.send_keys(Keys.CONTROL, "b")
    desk.wait(lambda: (desk.draft() or {}).get("body", [None] * 5)[4].startswith("**Sở Nội vụ**"), message="Ctrl+B did not mark the words")
    # The problems list, the preview and the buttons are reachable: the focus can go everywhere with Tab.
    order = desk.js("""
        return [...document.querySelectorAll('button, input, select, textarea, [tabindex]')]
          .filter(el => el.tabIndex < 0 && !el.closest('dialog') && el.id !== 'form' && el.offsetParent !== null).map(el => el.outerHTML.slice(0, 80));""")
    assert not order, f"controls out of the tab order: {order}"


def test_a_json_file_is_kept_as_it_was(desk, tmp_path):
    document = json.loads((WEB.parent / "examples" / "ke-hoach-ngan-sach.json").read_text(encoding="utf-8"))
    document["x-so-den"] = {"so": 1234, "ngay": "2024-01-05"}
    path = tmp_path / "ke-hoach.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    desk.open("/")
    desk.driver.find_element(By.ID, "start-file").send_keys(str(path))
    desk.wait(lambda: (desk.draft() or {}).get("x-so-den") is not None, message="the file was not opened")
    desk.wait_pages(1)
    desk.replace_text("/place", "Quy Nhơn")
    desk.wait(lambda: (desk.draft() or {}).get("place") == "Quy Nhơn")
    draft = desk.draft()
    document["place"] = "Quy Nhơn"
    assert draft == document, "the desk changed what it was not asked to"
    assert list(draft) == list(document), "the members were reordered"
    assert "x-so-den" in desk.driver.find_element(By.CSS_SELECTOR, ".kept").text


def test_at_200_percent_zoom(desk):
    desk.open_example("cong-van")
    try:
        desk.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 683, "height": 384, "deviceScaleFactor": 2, "mobile": False})
        desk.wait(lambda: desk.js("return innerWidth") == 683)
        assert desk.js("return document.documentElement.scrollWidth <= innerWidth + 1"), "the page scrolls sideways at 200 %"
        desk.wait_pages(1)
        assert desk.js("return document.querySelector('#preview img').getBoundingClientRect().width <= innerWidth")
        assert desk.js("return getComputedStyle(document.querySelector('.workspace')).display") == "block"
    finally:
        desk.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
