"""The desk as a clerk uses it: open an example, type and see the page change, get a problem at
the field that causes it, fix it in one click, build a giấy mời from an empty form, download the
PDF for signing, and find the work still there after closing the tab."""

import re
import subprocess

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

# A Vietnamese message has Vietnamese letters (English ones do not): "thiếu họ và tên người ký".
VIETNAMESE_LETTERS = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.IGNORECASE)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_an_example_shows_its_pages(desk):
    desk.open_example("cong-van-405-CV-BTGTU")
    desk.wait_pages(2)
    assert desk.pages() == 2
    assert desk.driver.find_element(By.ID, "page-count").text == "2 trang"
    assert desk.value("/subject").startswith("chấn chỉnh việc đăng")
    ratio = desk.js("const i = document.querySelector('#preview img'); return i.naturalHeight / i.naturalWidth")
    assert 1.40 < ratio < 1.43, "a page is an A4 portrait page"
    # The Party profile is chosen by the date, and the desk says which one applies.
    assert "Hướng dẫn 36-HD/VPTW" in desk.driver.find_element(By.CSS_SELECTOR, ".applies").text


def test_typing_in_the_trich_yeu_changes_the_preview(desk, timings_report):
    desk.open_example("cong-van-405-CV-BTGTU")
    desk.wait_pages(2)
    before = desk.preview_signature()
    subject = desk.field("/subject")
    subject.click()
    subject.send_keys(Keys.CONTROL, Keys.END)
    desk.js("window.__deskTimings = []")
    typed = " trên địa bàn tỉnh"
    for index, character in enumerate(typed):
        subject.send_keys(character)
        desk.wait(lambda: len(desk.js("return window.__deskTimings")) > index, message="no new preview after a keystroke")
    desk.wait(lambda: desk.preview_signature() != before, message="the preview did not change")
    last_line = lambda lines: lines[-1] if isinstance(lines, list) else lines
    desk.wait(lambda: last_line(desk.draft()["subject"]).endswith(typed), message="the draft does not have what was typed")
    timings = desk.js("return window.__deskTimings")
    timings_report.extend(timings)
    assert all(t["pages"] == 2 for t in timings)


def test_the_place_being_edited_stays_in_view(desk):
    """The preview answers where each value prints (anchors): a field on page 2 brings page 2 into
    view at its line, and going back to the trích yếu brings page 1 back."""
    desk.open_example("cong-van-405-CV-BTGTU")
    desk.wait_pages(2)
    def line_in_view(pointer):
        return desk.js("""
            const preview = document.getElementById('preview');
            const place = arguments[0];
            const img = preview.querySelector(`.page[data-page="${place.page}"] img`);
            if (!img) return false;
            const view = preview.getBoundingClientRect(), box = img.getBoundingClientRect();
            const y = box.top + place.top / 297 * box.height;
            return y >= view.top && y <= view.bottom;""", anchor_of(pointer))
    def anchor_of(pointer):
        return desk.js("""
            return window.__deskLastPreview.anchors.find(a => a.path === arguments[0] || a.path.startsWith(arguments[0] + '/'));""", pointer)
    desk.wait(lambda: desk.js("return Boolean(window.__deskLastPreview && window.__deskLastPreview.anchors)"), message="no anchors")
    name = anchor_of("/signers/0/name")
    assert name and name["page"] == 2, name
    field = desk.wait_field("/signers/0/name")
    desk.js("arguments[0].scrollIntoView({block: 'center'})", field)
    field.click()
    desk.wait(lambda: line_in_view("/signers/0/name"), message="the signer's name is not in view")
    subject = desk.field("/subject")
    desk.js("arguments[0].scrollIntoView({block: 'center'})", subject)
    subject.click()
    desk.wait(lambda: line_in_view("/subject"), message="the trích yếu is not in view")


def test_an_empty_signer_name_is_a_vietnamese_problem_at_that_field(desk):
    desk.open_example("cong-van")
    desk.replace_text("/signers/0/name", "")
    desk.wait(lambda: any(p["path"] == "/signers/0/name" for p in desk.problems()), message="no problem for /signers/0/name")
    problem = next(p for p in desk.problems() if p["path"] == "/signers/0/name")
    assert problem["severity"] == "error"
    assert desk.field_messages("/signers/0/name"), "the problem is not shown under the name field"
    # Clicking the problem goes to the field.
    desk.driver.find_element(By.CSS_SELECTOR, '#problems li[data-path="/signers/0/name"] .problem-main').click()
    assert desk.js("return document.activeElement.dataset.pointer") == "/signers/0/name"
    # The message is the service's, in Vietnamese (fails while the service answers in English).
    message = problem["text"]
    assert VIETNAMESE_LETTERS.search(message) or "họ tên" in message.lower(), f"the message is not in Vietnamese: {message!r}"


def test_a_fix_is_one_click(desk):
    desk.open_example("cong-van")
    # Under the field: the last Nơi nhận line written without the colon NĐ30 wants.
    desk.replace_text("/distribution/4", "Lưu VT")
    desk.wait(lambda: any(p["path"] == "/distribution/4" and p["fix"] for p in desk.problems()), message="no fixable problem")
    button = desk.js("""
        const el = [...document.querySelectorAll('[data-pointer]')].find(e => e.dataset.pointer === '/distribution/4');
        return el.closest('[data-field]').querySelector('.field-problem .fix');""")
    assert button is not None, "no Sửa button under the field"
    button.click()
    desk.wait(lambda: desk.value("/distribution/4") == "Lưu: VT", message="the fix was not applied")
    desk.wait(lambda: not any(p["path"] == "/distribution/4" for p in desk.problems()), message="the problem stayed")
    # From the list: a ký hiệu written with its number.
    desk.replace_text("/number/symbol", "Số: 05/SNV-VP")
    desk.wait(lambda: any(p["path"] == "/number/symbol" and p["fix"] for p in desk.problems()), message="no fixable problem")
    desk.driver.find_element(By.CSS_SELECTOR, '#problems li[data-path="/number/symbol"] .fix').click()
    desk.wait(lambda: desk.value("/number/symbol") == "SNV-VP", message="the fix was not applied")
    desk.wait(lambda: not any(p["severity"] == "error" for p in desk.problems()), message="errors remain")
    draft = desk.draft()
    assert draft["distribution"][-1] == "Lưu: VT" and draft["number"] == {"seq": 5, "symbol": "SNV-VP"}


def test_a_giay_moi_from_an_empty_form(desk):
    desk.open("/")
    dialog = desk.driver.find_element(By.ID, "start-dialog")
    desk.wait(dialog.is_displayed, message="the start dialog is not shown")
    Select(desk.driver.find_element(By.ID, "start-type")).select_by_visible_text("Giấy mời")
    desk.driver.find_element(By.ID, "start-create").click()
    desk.wait(lambda: not dialog.is_displayed())
    desk.replace_text("/issuer/parent", "UBND TỈNH QUẢNG NGÃI")
    desk.replace_text("/issuer/name", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ")
    desk.replace_text("/number/seq", "152")
    desk.replace_text("/number/symbol", "GM-SKHĐT")
    desk.replace_text("/place", "Quảng Ngãi")
    desk.replace_text("/date", "8", nth=0)
    desk.replace_text("/date", "7", nth=1)
    desk.replace_text("/date", "2024", nth=2)
    desk.replace_text("/subject", "Dự Hội nghị sơ kết công tác kế hoạch và đầu tư 6 tháng đầu năm 2024")
    desk.replace_text("/body/1", "Đại diện lãnh đạo các phòng, đơn vị thuộc Sở tới dự Hội nghị.")
    desk.field("/body/2").send_keys(Keys.END, "08 giờ 00, ngày 16 tháng 7 năm 2024.")
    body = desk.field("/body/3")
    body.send_keys(Keys.END, "Hội trường tầng 3, Sở Kế hoạch và Đầu tư.")
    body.send_keys(Keys.ENTER)  # Enter: a new paragraph after this one, the caret in it
    desk.wait(lambda: desk.js("return document.activeElement.dataset.pointer") == "/body/4", message="Enter made no paragraph")
    desk.driver.switch_to.active_element.send_keys("Rất mong quý đại biểu tham dự đúng thời gian.")
    Select(desk.field("/signers/0/authority", nth=0)).select_by_value("TL.")
    desk.replace_text("/signers/0/authority", "GIÁM ĐỐC", nth=1)
    desk.replace_text("/signers/0/title", "CHÁNH VĂN PHÒNG")
    desk.replace_text("/signers/0/name", "Lê Thị Thu Hà")
    first = desk.field("/distribution/0")
    first.click()
    first.send_keys(Keys.END, Keys.ENTER)  # Enter: a new Nơi nhận row after this one
    desk.wait(lambda: desk.js("return document.activeElement.dataset.pointer") == "/distribution/1", message="Enter made no row")
    desk.driver.switch_to.active_element.send_keys("UBND tỉnh (để b/c)")
    desk.replace_text("/distribution/2", "Lưu: VT, VP")
    desk.replace_text("/drafter", "TTH(30)")
    desk.wait(lambda: desk.draft() and desk.draft().get("drafter") == "TTH(30)", message="the draft was not kept")
    desk.wait(lambda: desk.driver.find_element(By.ID, "problems-count").text == "Không có lỗi thể thức", message=f"problems: {desk.problems()}")
    draft = desk.draft()
    assert draft == {
        "profile": "nd30",
        "type": "giay-moi",
        "issuer": {"parent": "UBND TỈNH QUẢNG NGÃI", "name": "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"},
        "number": {"seq": 152, "symbol": "GM-SKHĐT"},
        "place": "Quảng Ngãi",
        "date": "2024-07-08",
        "subject": "Dự Hội nghị sơ kết công tác kế hoạch và đầu tư 6 tháng đầu năm 2024",
        "body": [
            "Trân trọng kính mời:",
            "Đại diện lãnh đạo các phòng, đơn vị thuộc Sở tới dự Hội nghị.",
            "**Thời gian:** 08 giờ 00, ngày 16 tháng 7 năm 2024.",
            "**Địa điểm:** Hội trường tầng 3, Sở Kế hoạch và Đầu tư.",
            "Rất mong quý đại biểu tham dự đúng thời gian.",
        ],
        "signers": [{"authority": "TL. GIÁM ĐỐC", "title": "CHÁNH VĂN PHÒNG", "name": "Lê Thị Thu Hà"}],
        "distribution": ["Như thành phần mời", "UBND tỉnh (để b/c)", "Lưu: VT, VP"],
        "drafter": "TTH(30)",
    }
    assert list(draft) == ["profile", "type", "issuer", "number", "place", "date", "subject", "body", "signers", "distribution", "drafter"]
    desk.wait_pages(1)
    desk.driver.find_element(By.ID, "download-pdf").click()
    text = pdf_text(desk.wait_download(".pdf"))
    for expected in ["SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "GIẤY MỜI", "Số: 152/GM-SKHĐT", "Quảng Ngãi, ngày 08 tháng 7 năm 2024",
                     "Thời gian: 08 giờ 00", "TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Lê Thị Thu Hà", "Lưu: VT, VP, TTH(30)."]:
        assert expected in text, f"{expected!r} is not in the PDF"


def test_the_pdf_for_signing(desk):
    desk.open_example("cong-van")
    desk.driver.find_element(By.CSS_SELECTOR, "#pdf-options summary").click()
    sign_fields = desk.driver.find_element(By.ID, "opt-sign-fields")
    if not sign_fields.is_selected():
        sign_fields.click()
    desk.driver.find_element(By.CSS_SELECTOR, "#pdf-options summary").click()
    desk.driver.find_element(By.ID, "download-pdf").click()
    pdf = desk.wait_download(".pdf")
    assert pdf.name == "05-SNV-VP_2024-03-05.pdf"
    text = pdf_text(pdf)
    for expected in ["UBND TỈNH TRÀ VINH", "SỞ NỘI VỤ", "Số: 05/SNV-VP", "V/v đề nghị cử công chức tham",
                     "Trà Vinh, ngày 05 tháng 3 năm 2024", "Kính gửi: - Các sở, ban, ngành tỉnh;", "KT. GIÁM ĐỐC",
                     "PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "- Lưu: VT, CCVC, NVA(02)."]:
        assert expected in text, f"{expected!r} is not in the PDF"
    fields = subprocess.run(["pdfsig", "-nocert", str(pdf)], capture_output=True, text=True).stdout
    assert "Signature Field Name: Signer1" in fields and "Signature Field Name: OrganSeal" in fields, fields
    assert pdf.read_bytes().count(b"/FT /Sig") == 2
    assert b"pdfaid:part" not in pdf.read_bytes()
    pdf.unlink()

    # The archival copy: PDF/A-2u, still with its signature fields.
    desk.driver.find_element(By.CSS_SELECTOR, "#pdf-options summary").click()
    desk.driver.find_element(By.ID, "opt-pdfa").click()
    desk.driver.find_element(By.CSS_SELECTOR, "#pdf-options summary").click()
    desk.driver.find_element(By.ID, "download-pdf").click()
    archival = desk.wait_download(".pdf")
    metadata = subprocess.run(["pdfinfo", "-meta", str(archival)], capture_output=True, text=True).stdout
    assert "<pdfaid:part>2</pdfaid:part>" in metadata and "<pdfaid:conformance>U</pdfaid:conformance>" in metadata, metadata
    assert archival.read_bytes().count(b"/FT /Sig") == 2
    # The choice is remembered in this browser; put it back for the other tests.
    desk.driver.find_element(By.CSS_SELECTOR, "#pdf-options summary").click()
    desk.driver.find_element(By.ID, "opt-pdfa").click()
    desk.driver.find_element(By.CSS_SELECTOR, "#pdf-options summary").click()


def test_the_work_survives_a_closed_tab_until_it_is_cleared(desk):
    desk.open_example("cong-van")
    desk.replace_text("/subject", "kiểm tra bản nháp còn giữ sau khi tải lại trang")
    desk.wait(lambda: (desk.draft() or {}).get("subject") == "kiểm tra bản nháp còn giữ sau khi tải lại trang", message="no draft kept")
    desk.driver.refresh()
    desk.wait(lambda: desk.js("return document.body.dataset.ready === 'true'"))
    assert desk.value("/subject") == "kiểm tra bản nháp còn giữ sau khi tải lại trang"
    assert desk.value("/signers/0/name") == "Nguyễn Văn An"
    desk.wait_pages(1)
    # "Xóa bản nháp" asks first, then forgets the draft.
    desk.driver.find_element(By.ID, "clear-draft").click()
    desk.wait(lambda: desk.driver.find_element(By.ID, "confirm-dialog").is_displayed())
    desk.driver.find_element(By.ID, "confirm-yes").click()
    desk.wait(lambda: desk.driver.find_element(By.ID, "start-dialog").is_displayed(), message="no start dialog after clearing")
    assert desk.draft() is None
    desk.driver.refresh()
    desk.wait(lambda: desk.js("return document.body.dataset.ready === 'true'"))
    assert desk.driver.find_element(By.ID, "start-dialog").is_displayed()
    assert desk.value("/subject") == ""


def test_the_body_editor_writes_the_model(desk):
    desk.open_example("cong-van")
    end = lambda: desk.driver.find_elements(By.CSS_SELECTOR, "#part-body .block-list > .add-bar button")
    button = lambda text: next(b for b in end() if b.text == text)
    body = lambda: desk.draft()["body"]
    # A list: Enter adds an item.
    button("Danh sách").click()
    desk.wait(lambda: desk.js("return document.activeElement.dataset.pointer") == "/body/5/list/0")
    desk.driver.switch_to.active_element.send_keys("Phòng Nội vụ", Keys.ENTER)
    desk.wait(lambda: desk.js("return document.activeElement.dataset.pointer") == "/body/5/list/1")
    desk.driver.switch_to.active_element.send_keys("Phòng Tài chính - Kế hoạch")
    # A table: header, a row, one more column.
    button("Bảng").click()
    desk.wait(lambda: desk.js("return document.activeElement.dataset.pointer") == "/body/6/table/header/0")
    desk.driver.switch_to.active_element.send_keys("Nội dung")
    desk.field("/body/6/table/header/1").send_keys("Kinh phí")
    desk.field("/body/6/table/rows/0/0").send_keys("Bồi dưỡng")
    desk.field("/body/6/table/rows/0/1").send_keys("120")
    next(b for b in desk.driver.find_elements(By.CSS_SELECTOR, ".kind-table .table-actions button") if b.text == "+ Thêm cột").click()
    desk.wait(lambda: len(body()) > 6 and len(body()[6]["table"]["header"]) == 3, message="no column added")
    # A page break, then an Điều numbered after the ones before it (none: Điều 1.).
    button("Ngắt trang").click()
    button("Điều").click()
    desk.wait(lambda: desk.js("return document.activeElement.dataset.pointer") == "/body/8/text")
    desk.driver.switch_to.active_element.send_keys("Ctrl+B: ")
    desk.driver.switch_to.active_element.send_keys(Keys.CONTROL, "b")
    desk.wait(lambda: len(body()) > 8 and body()[8].get("text") == "Ctrl+B: **chữ đậm**", message="Ctrl+B marked nothing")
    assert body()[5:9] == [
        {"list": ["Phòng Nội vụ", "Phòng Tài chính - Kế hoạch"]},
        {"table": {"header": ["Nội dung", "Kinh phí", ""], "rows": [["Bồi dưỡng", "120", ""]]}},
        {"break": "page"},
        {"heading": "Điều 1.", "text": "Ctrl+B: **chữ đậm**"},
    ]
    desk.wait(lambda: desk.pages() == 2, message="the page break made no second page")
