#!/usr/bin/env python3
# Licensed under the Apache License, Version 2.0 (LICENSE).
"""Writes the data files of the merge tests (Tests/VanBanTests/MergeTests.swift; README.md here):
a 50-row register as CSV (UTF-8 with BOM, commas, CRLF, a quoted cell with a line end), as
Unicode Text (UTF-16 LE, tabs), as a ';' CSV with an NFD header and as Windows-1258; the documents those rows
must give, filled here from template.json independently of VanBan (compact JSON, one per line);
an .xlsx with merged header cells, date cells and two sheets; and a zip bomb. register.xlsx is
made from register.csv by LibreOffice (README.md)."""
import json, os, unicodedata, zipfile

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)

surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
middles = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc"]
givens = ["An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Khánh", "Lan", "Nga", "Phúc", "Quý", "Thảo", "Yến"]
places = ["Phòng Tổ chức cán bộ", "Văn phòng Sở", "UBND huyện Càng Long", "Trung tâm Lưu trữ lịch sử"]

rows = []
for i in range(1, 51):
    name = f"{surnames[i % 10]} {middles[i % 6]} {givens[i % 13]}"
    if i == 7:
        name = 'Trần Thị "Bé" Ba'          # a quote inside a quoted cell
    day, month = (i * 7) % 28 + 1, (i % 12) + 1
    rows.append({
        "Số": i + 100,
        "Họ tên": name,
        "Chức vụ": "Chuyên viên, Phòng Nội vụ" if i % 3 else "Trưởng phòng",
        "Ngày ký": f"{day}/{month}/2024" if i % 2 else f"{day:02d}/{month:02d}/2024",
        "Nơi nhận": f"Như trên; {places[i % 4]}",
        "Ghi chú": "dòng một\ndòng hai" if i == 5 else "",
        "iso": f"2024-{month:02d}-{day:02d}",
    })
columns = ["Số", "Họ tên", "Chức vụ", "Ngày ký", "Nơi nhận", "Ghi chú"]

def csv_cell(value, separator):
    text = str(value)
    if any(c in text for c in (separator, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text

def csv(separator, header):
    lines = [separator.join(csv_cell(c, separator) for c in header)]
    lines += [separator.join(csv_cell(r[c], separator) for c in columns) for r in rows]
    return lines

with open("register.csv", "wb") as f:
    f.write(b"\xef\xbb\xbf" + "\r\n".join(csv(",", columns)).encode() + b"\r\n")
with open("register-unicode.txt", "wb") as f:
    f.write("\r\n".join(csv("\t", columns)).encode("utf-16"))   # BOM + little endian
def cp1258(text):
    """Windows-1258 as Excel writes it: a letter (precomposed only with its circumflex, breve or
    horn) followed by its tone mark as a combining character."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            base = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
            out += base.encode("cp1258") + "".join(m for m in d if m in tones).encode("cp1258")
    return out
with open("register-windows-1258.csv", "wb") as f:
    f.write(cp1258("\r\n".join(csv(",", columns)) + "\r\n"))
with open("register-semicolon.csv", "wb") as f:
    nfd = [unicodedata.normalize("NFD", c) for c in columns]
    f.write("\n".join(csv(";", nfd)).encode())

# The documents the rows must give: template.json filled as docs/merge.md says.
template = json.load(open("template.json", encoding="utf-8"))
def fill(value, row):
    if isinstance(value, dict):
        return {k: fill(v, row) for k, v in value.items()}
    if isinstance(value, list):
        out = []
        for item in value:
            if item == "{{Nơi nhận|;}}":
                out += [p.strip() for p in row["Nơi nhận"].split(";") if p.strip()]
            else:
                out.append(fill(item, row))
        return out
    if value == "{{Số}}":
        return row["Số"]
    if value == "{{Ngày ký}}":
        return row["iso"]
    if isinstance(value, str):
        for c in columns:
            value = value.replace("{{" + c + "}}", str(row[c]))
    return value
with open("register.expected.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(fill(template, r), ensure_ascii=False, separators=(",", ":")) + "\n")

# An .xlsx written by hand: two sheets (the register is the second, "Danh sách"); the header's
# "Họ tên" merged over B1:C1; dates as numbers with the built-in format 14 and a custom
# dd/mm/yyyy; shared, inline and formula strings; a boolean.
def xml(text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text).encode()
main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
shared = ["Số", "Họ tên", "Ngày ký", "Nơi nhận", "Phạm Minh Châu", "Như trên; Văn phòng Sở", "Chức vụ"]
sheet2 = f"""<worksheet {main}><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"/><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c><c r="F1" t="s"><v>6</v></c></row>
<row r="2"><c r="A2"><v>12</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="inlineStr"><is><t>(bỏ qua)</t></is></c><c r="D2" s="1"><v>45356</v></c><c r="E2" t="s"><v>5</v></c><c r="F2" t="str"><f>"Chuyên viên"</f><v>Chuyên viên</v></c></row>
<row r="4"><c r="A4"><v>13</v></c><c r="B4" t="inlineStr"><is><r><t>Đỗ Thị </t></r><r><t>Hồng</t></r></is></c><c r="D4" s="2"><v>45292.75</v></c><c r="E4" t="inlineStr"><is><t>Như trên;Phòng Tổ chức cán bộ</t></is></c><c r="F4" t="b"><v>1</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells></worksheet>"""
parts = {
    "[Content_Types].xml": xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    "xl/workbook.xml": xml(f'<workbook {main}><sheets><sheet name="Ghi chú" sheetId="1" r:id="rId1"/><sheet name="Danh sách" sheetId="2" r:id="rId2"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
                                      '<Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>'),
    "xl/sharedStrings.xml": xml(f'<sst {main} count="{len(shared)}">' + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>"),
    "xl/styles.xml": xml(f'<styleSheet {main}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
                         '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
                         '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'),
    "xl/worksheets/sheet1.xml": xml(f'<worksheet {main}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Xem trang sau</t></is></c></row></sheetData></worksheet>'),
    "xl/worksheets/sheet2.xml": xml(sheet2),
}
def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
write_zip("merged-dates.xlsx", parts)

# A zip bomb: the sheet unpacks to 100 MB of spaces (about 100 KB packed).
bomb = dict(parts)
bomb["xl/worksheets/sheet2.xml"] = b" " * (100 << 20)
write_zip("bomb.xlsx", bomb)

# Malformed XML: a <v> closed by </c> in the register's sheet.
broken = dict(parts)
broken["xl/worksheets/sheet2.xml"] = xml(sheet2.replace('<c r="A2"><v>12</v></c>', '<c r="A2"><v>12</c>'))
write_zip("malformed.xlsx", broken)

# The 1904 date system and a formula error: row 2's "Ngày ký" is a plain number (no date
# style) counted from 1904-01-01 (43894 = 2024-03-05); row 3's "Họ tên" is #N/A.
sheet1904 = f"""<worksheet {main}><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>6</v></c></row>
<row r="2"><c r="A2"><v>21</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>43894</v></c><c r="D2" t="s"><v>5</v></c><c r="E2" t="inlineStr"><is><t>Chuyên viên</t></is></c></row>
<row r="3"><c r="A3"><v>22</v></c><c r="B3" t="e"><f>VLOOKUP(1,Z1:Z2,2,0)</f><v>#N/A</v></c><c r="C3"><v>43894</v></c><c r="D3" t="s"><v>5</v></c><c r="E3" t="inlineStr"><is><t>Kế toán</t></is></c></row>
</sheetData></worksheet>"""
parts1904 = dict(parts)
parts1904["xl/workbook.xml"] = xml(f'<workbook {main}><workbookPr date1904="1"/><sheets><sheet name="Danh sách" sheetId="1" r:id="rId2"/></sheets></workbook>')
parts1904["xl/_rels/workbook.xml.rels"] = xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                              '<Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>')
del parts1904["xl/worksheets/sheet1.xml"]
parts1904["xl/worksheets/sheet2.xml"] = xml(sheet1904)
write_zip("date1904-errors.xlsx", parts1904)
