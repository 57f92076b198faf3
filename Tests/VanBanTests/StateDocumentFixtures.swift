import VanBan

/// Documents shaped like NĐ30 Phụ lục III models, built in code for geometry tests.
enum Fixtures {
    static let signer = Signer(authority: ["KT. GIÁM ĐỐC"], title: ["PHÓ GIÁM ĐỐC"], name: "Nguyễn Văn An")

    static func paragraphs(_ count: Int, words: Int = 60, seed: Int = 0) -> [Block] {
        let syllables = ["thực", "hiện", "kế", "hoạch", "của", "Ủy", "ban", "nhân", "dân", "tỉnh", "về", "việc", "triển",
                         "khai", "các", "nhiệm", "vụ", "trọng", "tâm", "năm", "2024,", "bảo", "đảm", "đúng", "tiến", "độ;"]
        return (0..<count).map { p in
            .paragraph(Paragraph((0..<words).map { syllables[($0 * 7 + p * 3 + seed) % syllables.count] }.joined(separator: " ") + "."))
        }
    }

    static func congVan(addressees: [String] = ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố"],
                        body: [Block] = paragraphs(4), distribution: [String] = ["Như trên", "UBND tỉnh (để b/c)", "Lưu: VT, CCVC"],
                        subject: String = "đề nghị cử công chức tham gia lớp bồi dưỡng năm 2024") -> Document {
        Document(type: "cong-van", issuer: Issuer(parent: ["UBND TỈNH TRÀ VINH"], name: ["SỞ NỘI VỤ"]),
                 number: DocumentNumber(seq: 5, symbol: "SNV-VP"), place: "Trà Vinh", date: PartialDate(iso: "2024-03-05"),
                 subject: [subject], addressees: addressees, body: body, signers: [signer], distribution: distribution)
    }

    static func quyetDinh(subject: [String] = ["Về việc nâng bậc lương thường xuyên năm 2024"], body: [Block]? = nil,
                          attachments: [Attachment] = []) -> Document {
        Document(type: "quyet-dinh", issuer: Issuer(parent: ["UBND TỈNH TRÀ VINH"], name: ["SỞ NỘI VỤ"]),
                 issuedBy: "Giám đốc Sở Nội vụ tỉnh Trà Vinh",
                 number: DocumentNumber(seq: 5, symbol: "QĐ-SNV"), place: "Trà Vinh", date: PartialDate(iso: "2024-03-05"),
                 subject: subject, authority: ["GIÁM ĐỐC SỞ NỘI VỤ TỈNH TRÀ VINH"],
                 bases: ["Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;",
                         "Căn cứ Nghị định số 204/2004/NĐ-CP ngày 14 tháng 12 năm 2004 của Chính phủ",
                         "Theo đề nghị của Trưởng phòng Tổ chức cán bộ."],
                 body: body ?? [
                    .heading(Heading("Điều 1.", text: "Nâng bậc lương thường xuyên đối với 12 công chức có tên trong danh sách kèm theo.")),
                    .heading(Heading("Điều 2.", text: "Quyết định này có hiệu lực kể từ ngày ký.")),
                    .heading(Heading("Điều 3.", text: "Chánh Văn phòng Sở, Trưởng phòng Tổ chức cán bộ và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.")),
                 ],
                 signers: [Signer(title: ["GIÁM ĐỐC"], name: "Trần Thị Bình")],
                 distribution: ["Như Điều 3", "Lưu: VT, TCCB"], attachments: attachments)
    }
}
