"""The issuing step as e-office clerks do it, on a draft rendered with VanBan's fields
(docs/model.md, "Signature fields"): the leader signs Signer1 (ký phê duyệt); the văn thư then
signs SoVanBan with the number as visible stamp text (Thêm số), NgayVanBan with the day
(Thêm ngày), and OrganSeal with the seal image (Đóng dấu) — each in its own incremental
revision. After every step every earlier signature must still be intact, valid and trusted, and
pyHanko's difference analysis must find only allowed changes (form filling).

usage: issue_sequence.py draft.pdf key.pem cert.pem seal.png number day out.pdf
Prints one JSON object; exit 0 when every check holds.
"""
import io
import json
import sys

from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

draft, key, cert, seal, number, day, out = sys.argv[1:8]
signer = signers.SimpleSigner.load(key, cert, key_passphrase=None)
root = load_cert_from_pemder(cert)
# The number and the day are digits: the built-in font writes them (no OpenType engine needed).
text_box = TextBoxStyle(font_size=13, box_layout_rule=SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID, margins=Margins(0, 0, 0, 0)))
# The stamp's text fills its box, centred, as the blank's own text would be.
centred = SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID, margins=Margins(0, 0, 0, 0))


def stamp(text):
    return TextStampStyle(stamp_text=text, text_box_style=text_box, border_width=0, inner_content_layout=centred)


def seal_stamp(image):
    # No text: the built-in font is never used.
    return TextStampStyle(stamp_text="", border_width=0, background=PdfImage(image), background_opacity=1.0)


steps = [
    ("Signer1", None),                                   # the leader approves
    ("SoVanBan", stamp(number)),                         # Thêm số
    ("NgayVanBan", stamp(day)),                          # Thêm ngày
    ("OrganSeal", seal_stamp(seal)),                     # Đóng dấu
]
current = open(draft, "rb").read()
report = {"steps": []}
ok = True
for field, style in steps:
    writer = IncrementalPdfFileWriter(io.BytesIO(current))
    buffer = io.BytesIO()
    pdf_signer = signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field), signer=signer, stamp_style=style)
    pdf_signer.sign_pdf(writer, output=buffer)
    current = buffer.getvalue()
    reader = PdfFileReader(io.BytesIO(current))
    checked = []
    for sig in reader.embedded_signatures:
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
        level = status.modification_level
        allowed = level is None or level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
        good = status.intact and status.valid and status.trusted and allowed and status.docmdp_ok is not False
        ok = ok and good
        checked.append({"field": sig.field_name, "intact": status.intact, "valid": status.valid, "trusted": status.trusted,
                        "modification": str(level), "ok": good})
    report["steps"].append({"signed": field, "signatures": checked})
    ok = ok and len(checked) == len(report["steps"])
with open(out, "wb") as f:
    f.write(current)
report["ok"] = ok
print(json.dumps(report, ensure_ascii=False))
sys.exit(0 if ok else 1)
