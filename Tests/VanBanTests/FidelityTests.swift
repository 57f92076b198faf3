import Foundation
import Testing
import VanBan
import VanBanModel
import VanBanPages
import VanBanTestSupport

/// Documents written by others, as issue 19 found them: the header sized from both columns, rules
/// under a block's widest line, tables, keeps and the order of appendices. Each test asserts on
/// the laid-out geometry (docs/profiles.md, "How the header is sized"; docs/typography.md).
@Suite struct FidelityTests {
    func layout(_ json: String) throws -> LaidOutDocument {
        let (document, _, _) = try DocumentDecoder.decodeWithSource(Array(json.utf8))
        return try Repository.engine.layout(document)
    }

    func lines(_ doc: LaidOutDocument, _ role: Role) -> [String] { doc.lines(role).map(\.text) }

    // MARK: The header

    @Test func anAuthorLineStaysWholeBesideALongDate() throws {
        let doc = try layout(#"""
        { "type": "quyet-dinh", "issuer": { "parent": "BỘ NỘI VỤ", "name": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"] },
          "number": { "seq": 1234, "year": 2025, "symbol": "QĐ-UBND" }, "place": "Thành phố Hồ Chí Minh", "date": "2025-12-28",
          "subject": "Về việc ban hành Quy chế phối hợp", "body": ["Điều 1. Ban hành."],
          "signers": [{ "authority": "TM.", "body": "ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Nguyễn Văn A" }],
          "distribution": ["Như Điều 1;", "Lưu: VT."] }
        """#)
        #expect(lines(doc, .issuer) == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"])
        let date = doc.lines(.date)
        #expect(date.count == 1)
        #expect(date.first.map { $0.size >= .pt(13) } == true)
        #expect(doc.lines(.subject).count == 1)
        #expect(!doc.diagnostics.contains { $0.code == "LAYOUT.HEADER_WRAPS" })
    }

    @Test func aJointNumberIsNeverBrokenInsideAWord() throws {
        let doc = try layout(#"""
        { "type": "nghi-quyet", "issuer": { "name": ["ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHÍNH PHỦ", "ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM"] },
          "number": { "seq": 102, "year": 2025, "symbol": "NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN" }, "place": "Hà Nội", "date": "2025-06-24",
          "subject": "Quy định chi tiết", "body": ["Điều 1. Phạm vi."],
          "signers": [{ "name": "Nguyễn Văn A", "position": "CHỦ TỊCH" }], "distribution": ["Lưu: VT."] }
        """#)
        let number = lines(doc, .number)
        #expect(number.joined().hasPrefix("Số: 102/") && number.joined().hasSuffix("/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"))
        for line in number.dropLast() {
            #expect(line.hasSuffix("/") || line.hasSuffix("-"), "\(number)")
        }
        if number.count > 1 {
            #expect(doc.diagnostics.contains { $0.code == "LAYOUT.HEADER_WRAPS" && $0.path == "/number" })
        }
    }

    @Test func thePartyCentralCommitteeStaysOnOneLine() throws {
        let doc = try layout(#"""
        { "profile": "hd36", "type": "quyet-dinh", "issuer": { "parent": "ĐẢNG CỘNG SẢN VIỆT NAM", "name": "BAN CHẤP HÀNH TRUNG ƯƠNG" },
          "number": { "seq": 12, "symbol": "QĐ/TW" }, "place": "Hà Nội", "date": "2024-03-05",
          "subject": "về việc ban hành Quy chế", "decision": "BAN CHẤP HÀNH TRUNG ƯƠNG QUYẾT ĐỊNH:", "body": ["Điều 1. Ban hành."],
          "signers": [{ "authority": "T/M", "body": "BAN CHẤP HÀNH TRUNG ƯƠNG", "position": "TỔNG BÍ THƯ", "name": "Nguyễn Văn A" }],
          "distribution": ["Lưu Văn phòng Trung ương Đảng."] }
        """#)
        #expect(lines(doc, .issuer) == ["BAN CHẤP HÀNH TRUNG ƯƠNG"])
    }

    @Test func aRuleIsAThirdToAHalfOfItsBlocksWidestLine() throws {
        let doc = try layout(#"""
        { "type": "quyet-dinh", "issuer": { "parent": "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "name": ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TỈNH TRÀ VINH"] },
          "number": { "seq": 5, "symbol": "QĐ-SKHCN" }, "place": "Trà Vinh", "date": "2024-03-05",
          "subject": "Về việc ban hành Quy chế quản lý, sử dụng tài sản công, xe ô tô phục vụ công tác chung của Sở Khoa học và Công nghệ tỉnh Trà Vinh năm",
          "body": ["Điều 1. Ban hành."], "signers": [{ "position": "GIÁM ĐỐC", "name": "Nguyễn Văn A" }], "distribution": ["Lưu: VT."] }
        """#)
        for (block, rule) in [(Role.issuer, Role.issuer.rule), (Role.subject, Role.subject.rule)] {
            let lines = doc.lines(block)
            #expect(lines.count >= 2, "\(block.rawValue): a block of several lines")
            let widest = try #require(lines.map(\.width).max())
            let drawn = try #require(doc.rules(rule).first, "\(rule.rawValue)")
            let length = drawn.to.x - drawn.from.x
            #expect(length >= widest / 3 - .pt(0.5) && length <= widest / 2 + .pt(0.5), "\(block.rawValue): \(length) under \(widest)")
            let blockCentre = (lines.map(\.x).min()! + lines.map(\.right).max()!) / 2
            #expect(abs((drawn.centre - blockCentre).points) < 1, "\(block.rawValue) rule centred under the block")
        }
    }

    // MARK: Tables

    func table(_ rows: String, columns: String = "") -> String {
        #"""
        { "type": "cong-van", "issuer": { "name": "SỞ NỘI VỤ" }, "number": { "seq": 1, "symbol": "SNV-VP" }, "place": "Huế", "date": "2024-03-05",
          "subject": "V/v danh sách", "addressees": ["Các sở"],
          "body": ["Danh sách như sau:", { "table": { \#(columns) "header": [["STT", "Văn bản", "Nội dung"]], "rows": \#(rows) } }, "Trân trọng./."],
          "signers": [{ "position": "GIÁM ĐỐC", "name": "Nguyễn Văn A" }], "distribution": ["Như trên;", "Lưu: VT."] }
        """#
    }

    @Test func columnsWithoutWidthsTakeTheirContentsShare() throws {
        let long = "Quy định chi tiết một số điều của Luật Cán bộ, công chức và Luật Viên chức về tuyển dụng, sử dụng và quản lý"
        let doc = try layout(table(#"[["1", "01/2024/TT-BNV", "\#(long)"], ["2", "2310/QĐ-BNNMT", "Ban hành kế hoạch"]]"#))
        let cells = doc.lines(.tableCell)
        let stt = try #require(cells.first { $0.text == "1" })
        let code = try #require(cells.first { $0.text == "01/2024/TT-BNV" })
        let content = cells.filter { $0.path.hasSuffix("/rows/0/2") }
        let contentWidth = try #require(content.first).measureWidth
        #expect(stt.measureWidth < code.measureWidth && code.measureWidth < contentWidth)
        #expect(content.count <= 3, "the long column gets the room: \(content.count) lines")
        // Codes stay whole in their cells.
        #expect(cells.contains { $0.text == "2310/QĐ-BNNMT" })
    }

    @Test func aShortRowIsNotedAndItsGridClosed() throws {
        let doc = try layout(table(#"[["1", "01/2024/TT-BNV", "Hướng dẫn"], ["2", "Thiếu một ô"]]"#))
        let note = try #require(doc.diagnostics.first { $0.code == "LAYOUT.TABLE_SHORT_ROW" })
        #expect(note.severity == .warning && note.path == "/body/1/table/rows/1")
        // A closed grid: the right border runs down to the bottom of the short row.
        let borders = doc.rules(.tableBorder)
        let right = try #require(borders.map { max($0.from.x, $0.to.x) }.max())
        let bottom = try #require(borders.map { max($0.from.y, $0.to.y) }.max())
        #expect(borders.contains { $0.from.x == right && $0.to.x == right && max($0.from.y, $0.to.y) == bottom })
    }

    // MARK: Keeps and order

    @Test func aLeadInStaysWithTheTableItIntroduces() throws {
        // Fill the first page so that the lead-in falls at its foot, then a table whose first row
        // cannot follow it there.
        for filler in 8...16 {
            let paragraphs = (0..<filler).map { _ in "\"Sở Nội vụ đề nghị các cơ quan, đơn vị rà soát, cử công chức đủ tiêu chuẩn tham gia lớp học theo kế hoạch đã ban hành.\"" }
            let rows = (1...6).map { "[\"\($0)\", \"2310/QĐ-BNNMT\", \"Nội dung thứ \($0) của bảng, đủ dài để hàng có hai dòng trong cột cuối cùng của bảng\"]" }
            let json = table("[" + rows.joined(separator: ",") + "]")
                .replacingOccurrences(of: "\"Danh sách như sau:\"", with: paragraphs.joined(separator: ",") + ", \"1. Khung giá:\"")
            let doc = try layout(json)
            let leadIn = try #require(doc.pages.firstIndex { $0.lines.contains { $0.text == "1. Khung giá:" } })
            let firstRow = try #require(doc.pages.firstIndex { $0.lines.contains { $0.role == .tableCell } })
            #expect(leadIn == firstRow, "\(filler) paragraphs: the lead-in on page \(leadIn + 1), the table on \(firstRow + 1)")
        }
    }

    @Test func anAttachedTextsAppendicesFollowIt() throws {
        let doc = try layout(#"""
        { "type": "quyet-dinh", "issuer": { "name": "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH" }, "issuedBy": "Ủy ban nhân dân tỉnh",
          "number": { "seq": 5, "symbol": "QĐ-UBND" }, "place": "Trà Vinh", "date": "2024-03-05",
          "subject": "Về việc ban hành Quy chế", "body": ["Điều 1. Ban hành kèm theo Quyết định này Quy chế."],
          "signers": [{ "authority": "TM.", "body": "ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Nguyễn Văn A" }],
          "distribution": ["Như Điều 1;", "Lưu: VT."],
          "appendices": [{ "title": "DANH SÁCH CỦA QUYẾT ĐỊNH", "body": ["Nội dung phụ lục của quyết định."] }],
          "attachments": [{ "type": "quy-che", "subject": "Làm việc", "body": ["Điều 1. Phạm vi."],
                            "appendices": [{ "title": "MẪU BÁO CÁO CỦA QUY CHẾ", "body": ["Nội dung mẫu."] }] }] }
        """#)
        let order = ["DANH SÁCH CỦA QUYẾT ĐỊNH", "QUY CHẾ", "MẪU BÁO CÁO CỦA QUY CHẾ"].map { text in
            doc.pages.firstIndex { $0.lines.contains { $0.text == text } }
        }
        #expect(order.allSatisfy { $0 != nil }, "\(order)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted() && Set(order.compactMap { $0 }).count == 3, "\(order)")
    }
}
