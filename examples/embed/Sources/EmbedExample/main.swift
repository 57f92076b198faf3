import Foundation
import VanBan

// Load fonts and profiles once (a VanBan checkout's folder), then render as often as needed, from any thread.
let engine = try Engine(resources: Resources(root: CommandLine.arguments.dropFirst().first ?? "../.."))
let document = Document(
    type: "cong-van", issuer: Issuer(parent: ["UBND TỈNH TRÀ VINH"], name: ["SỞ NỘI VỤ"]),
    number: DocumentNumber(seq: 12, symbol: "SNV-VP"), place: "Trà Vinh", date: PartialDate(iso: "2024-03-05"),
    subject: ["báo cáo công tác cải cách hành chính quý I năm 2024"], addressees: ["Các phòng, ban thuộc Sở"],
    body: [.paragraph(Paragraph("Đề nghị các phòng, ban gửi báo cáo về Văn phòng Sở trước ngày 25 tháng 3 năm 2024."))],
    signers: [Signer(authority: ["KT. GIÁM ĐỐC"], title: ["PHÓ GIÁM ĐỐC"], name: "Nguyễn Văn An")],
    distribution: ["Như trên", "Lưu: VT, VP"])
let rendered = try engine.render(document)   // throws DiagnosticError (JSON pointer, message, hint) on bad input
try Data(rendered.pdf).write(to: URL(fileURLWithPath: "cong-van-12.pdf"))
print("cong-van-12.pdf: \(rendered.pageCount) page(s), \(rendered.diagnostics.count) note(s)")
