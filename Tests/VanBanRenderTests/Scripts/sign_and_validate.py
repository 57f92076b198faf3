"""Signs every empty signature field of a PDF with pyHanko, one incremental revision each, then
validates every signature against the test trust root. Prints one JSON object; exit 0 when all
signatures are intact, valid and trusted and the first signed revision covers the whole
unsigned file.

usage: sign_and_validate.py unsigned.pdf key.pem cert.pem out.pdf
"""
import json
import sys

from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

unsigned, key, cert, out = sys.argv[1:5]
signer = signers.SimpleSigner.load(key, cert, key_passphrase=None)
with open(unsigned, "rb") as f:
    original = f.read()
names = [name for name, _, _ in fields.enumerate_sig_fields(PdfFileReader(open(unsigned, "rb")), filled_status=False)]

current = original
for name in names:
    import io
    writer = IncrementalPdfFileWriter(io.BytesIO(current))
    buffer = io.BytesIO()
    signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=name), signer=signer, output=buffer)
    current = buffer.getvalue()
with open(out, "wb") as f:
    f.write(current)

root = load_cert_from_pemder(cert)
reader = PdfFileReader(open(out, "rb"))
report = {"fields": names, "signatures": []}
ok = bool(names) and current[: len(original)] == original
for sig in reader.embedded_signatures:
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
    byte_range = list(sig.sig_object["/ByteRange"])
    covered_end = byte_range[2] + byte_range[3]
    entry = {
        "field": sig.field_name,
        "intact": status.intact,
        "valid": status.valid,
        "trusted": status.trusted,
        "coverage": str(status.coverage),
        "covers_original": byte_range[0] == 0 and covered_end >= len(original),
    }
    report["signatures"].append(entry)
    ok = ok and status.intact and status.valid and status.trusted and entry["covers_original"]
report["ok"] = ok
print(json.dumps(report))
sys.exit(0 if ok else 1)
