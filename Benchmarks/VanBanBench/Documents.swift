import VanBan

/// Generated documents for the benchmarks: every one different (a seeded generator picks the
/// words), so no paragraph repeats and nothing can be cached away between documents.
struct TextGenerator {
    private var state: UInt64
    init(seed: Int) { state = UInt64(bitPattern: Int64(seed)) &* 6364136223846793005 &+ 1442695040888963407 }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33) % bound
    }

    private static let syllables = [
        "cán", "bộ", "đảng", "viên", "hội", "các", "đoàn", "thể", "quần", "chúng", "nhân", "dân", "trên", "địa", "bàn",
        "tỉnh", "thực", "hiện", "khá", "tốt", "việc", "đăng", "tải", "chia", "sẻ", "thông", "tin", "mạng", "xã", "góp",
        "phần", "tuyên", "truyền", "chủ", "trương,", "đường", "lối", "của", "Đảng,", "chính", "sách,", "pháp", "luật",
        "Nhà", "nước;", "“sạch”", "số", "405-CV/BTGTU", "24/8/2021", "nghiên", "cứu", "triển", "khai", "kế", "hoạch",
        "ủy", "ban", "quản", "lý", "nguồn", "kinh", "phí", "bảo", "đảm", "tiến", "độ", "chất", "lượng", "hiệu", "quả",
    ]

    /// A sentence of `count` words ending with `end`.
    mutating func sentence(_ count: Int, end: String = ".") -> String {
        var words: [String] = []
        for i in 0..<count {
            var word = Self.syllables[next(Self.syllables.count)]
            if i == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            words.append(word)
        }
        return words.joined(separator: " ") + end
    }

    /// Paragraphs adding up to about `words` words.
    mutating func paragraphs(words: Int, tag: Int) -> [Block] {
        var out: [Block] = []
        var remaining = words
        while remaining > 0 {
            let count = min(remaining, 40 + next(80))
            out.append(.paragraph(Paragraph(sentence(count, end: " \(tag).") )))
            remaining -= count
        }
        return out
    }
}

enum Documents {
    /// A công văn of about two pages (NĐ30, Mẫu 1.5).
    static func congVan(_ seed: Int, words: Int = 620) -> Document {
        var g = TextGenerator(seed: seed)
        return Document(
            type: "cong-van", issuer: Issuer(parent: ["UBND TỈNH TRÀ VINH"], name: ["SỞ NỘI VỤ"]),
            number: DocumentNumber(seq: seed % 900 + 1, symbol: "SNV-VP"), place: "Trà Vinh", date: PartialDate(iso: "2024-03-05"),
            subject: [g.sentence(12, end: "")],
            addressees: ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố"],
            body: g.paragraphs(words: words, tag: seed),
            signers: [Signer(authority: ["KT. GIÁM ĐỐC"], title: ["PHÓ GIÁM ĐỐC"], name: "Nguyễn Văn An")],
            distribution: ["Như trên", "UBND tỉnh (để b/c)", "Lưu: VT, CCVC"], drafter: "NVA(02)")
    }

    /// A one-page quyết định: căn cứ, three articles.
    static func quyetDinh(_ seed: Int) -> Document {
        var g = TextGenerator(seed: seed)
        return Document(
            type: "quyet-dinh", issuer: Issuer(name: ["ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH"]),
            number: DocumentNumber(seq: seed % 3000 + 1, symbol: "QĐ-UBND"), place: "Trà Vinh", date: PartialDate(iso: "2024-09-27"),
            subject: ["Về việc " + g.sentence(14, end: "")],
            authority: ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH"],
            bases: ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Theo đề nghị của " + g.sentence(8, end: "")],
            body: [.heading(Heading("Điều 1.", text: g.sentence(45))), .heading(Heading("Điều 2.", text: g.sentence(25))),
                   .heading(Heading("Điều 3.", text: g.sentence(30)))],
            signers: [Signer(authority: ["KT. CHỦ TỊCH"], title: ["PHÓ CHỦ TỊCH"], name: "Lê Văn Hẳn")],
            distribution: ["Như Điều 3", "CT, các PCT UBND tỉnh", "Lưu: VT"])
    }

    /// A kế hoạch of about `pages` pages: sections with text, lists and a table each.
    static func keHoach(_ seed: Int, pages: Int = 40) -> Document {
        var g = TextGenerator(seed: seed)
        var body: [Block] = []
        for section in 1...(pages * 4 / 3) {
            body.append(.heading(Heading(roman(section) + ".", title: g.sentence(6, end: ""))))
            body += g.paragraphs(words: 140, tag: seed)
            body.append(.list(ListBlock((0..<3).map { _ in g.sentence(12, end: ";") })))
            body.append(.table(Table(
                columns: [TableColumn(width: .relative(5)), TableColumn(width: .relative(2), align: .right), TableColumn(width: .relative(2))],
                header: [[TableCell("Nhiệm vụ"), TableCell("Kinh phí"), TableCell("Thời gian")]],
                rows: (1...8).map { row in .cells([TableCell(g.sentence(6 + g.next(10), end: "")), TableCell("\((row * 37 + seed) % 900).000"),
                                                  TableCell("Quý \(row % 4 + 1)/2024")]) },
                numbered: true)))
        }
        return Document(
            type: "ke-hoach", issuer: Issuer(parent: ["UBND TỈNH TRÀ VINH"], name: ["SỞ TÀI CHÍNH"]),
            number: DocumentNumber(seq: seed % 900 + 1, symbol: "KH-STC"), place: "Trà Vinh", date: PartialDate(iso: "2024-01-15"),
            subject: ["Thực hiện " + g.sentence(10, end: "")], body: body,
            signers: [Signer(authority: ["KT. GIÁM ĐỐC"], title: ["PHÓ GIÁM ĐỐC"], name: "Trần Thị Bình")],
            distribution: ["UBND tỉnh (để b/c)", "Các sở, ban, ngành", "Lưu: VT"])
    }

    /// A plain text of `pages` pages (for the cost per page): the công văn with more paragraphs.
    static func pages(_ seed: Int, _ pages: Int) -> Document {
        congVan(seed, words: pages == 1 ? 200 : pages * 592 - 200)
    }

    static func roman(_ n: Int) -> String {
        let values = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (value, letters) in values { while n >= value { out += letters; n -= value } }
        return out
    }
}
