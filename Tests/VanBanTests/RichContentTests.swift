import Foundation
import Testing
import VanBan
import VanBanLayout
import VanBanTestSupport

/// Issue 5: tables, lists, footnotes, appendices, stamps, copies (NĐ30 PL I, III; docs/model.md).
@Suite struct TableTests {
    static func longTable(rows: Int) -> Document {
        let table = Table(columns: [TableColumn(width: .relative(4)), TableColumn(width: .relative(2), align: .right),
                                    TableColumn(width: .relative(2))],
                          header: [[TableCell("Nội dung"), TableCell("Kinh phí"), TableCell("Ghi chú")]],
                          rows: (1...rows).map { n in
                              n % 30 == 1 ? .group("Nhóm \(n / 30 + 1)") :
                                  .cells([TableCell("Nhiệm vụ số \(n)\(n % 7 == 0 ? " có nội dung dài cần xuống dòng trong ô của bảng" : "")"),
                                          TableCell("\(n * 10).000"), TableCell(n % 5 == 0 ? "Ưu tiên" : "")])
                          }, numbered: true)
        return Document(type: "ke-hoach", issuer: Issuer(name: ["SỞ TÀI CHÍNH"]), number: DocumentNumber(seq: 1, symbol: "KH-STC"),
                        place: "Trà Vinh", date: PartialDate(iso: "2024-03-05"), subject: ["Kinh phí năm 2024"],
                        body: [.paragraph(Paragraph("Danh mục nhiệm vụ như sau:")), .table(table)], closing: "")
    }

    @Test func aLongTableRepeatsItsHeaderAndNeverSplitsARow() throws {
        let doc = try Repository.engine.layout(Self.longTable(rows: 120))
        let pagesWithRows = doc.pages.indices.filter { doc.pages[$0].lines.contains { $0.role == "table-cell" } }
        #expect(pagesWithRows.count >= 4)
        for index in pagesWithRows {
            let page = doc.pages[index]
            // The header is the first thing of the table on every page.
            let headerTexts = page.lines.filter { $0.role == "table-header" }.map(\.text)
            #expect(headerTexts == ["STT", "Nội dung", "Kinh phí", "Ghi chú"], "page \(index + 1)")
            let firstCell = try #require(page.lines.first { $0.role == "table-cell" })
            let header = try #require(page.lines.first { $0.role == "table-header" })
            #expect(header.baseline < firstCell.baseline)
        }
        // Every cell's lines are on one page: a row's text is never split.
        var pageOfPath: [String: Int] = [:]
        for (index, page) in doc.pages.enumerated() {
            for line in page.lines where line.role == "table-cell" {
                if let seen = pageOfPath[line.path] { #expect(seen == index, "\(line.path) split across pages") }
                pageOfPath[line.path] = index
            }
        }
        // Row numbers run 1… without gaps across pages.
        let numbers = doc.lines("table-cell").filter { $0.x < Length.mm(45) }.compactMap { Int($0.text) }
        #expect(numbers == Array(1...numbers.count))
        #expect(doc.pages.allSatisfy { $0.overlappingLines().isEmpty })
    }

    @Test func mergedCellsCoverTheirArea() throws {
        let table = Table(columns: [TableColumn(width: .relative(2)), TableColumn(width: .relative(1)), TableColumn(width: .relative(1))],
                          header: [[TableCell("Nội dung", rowspan: 2), TableCell("Kinh phí", colspan: 2)], [TableCell("Tỉnh"), TableCell("Huyện")]],
                          rows: [.cells([TableCell("A", rowspan: 2, valign: .middle), TableCell("1"), TableCell("2")]),
                                 .cells([TableCell("3"), TableCell("4")])])
        let doc = try Repository.engine.layout(Document(body: [.table(table)]))
        let left = Length.mm(30), width = Length.mm(165)
        let quarter = width / 4
        // "Kinh phí" spans the two right columns: centred over them.
        let funds = try #require(doc.lines("table-header").first { $0.text == "Kinh phí" })
        #expect(abs((funds.centre - (left + quarter * 3)).points) < 0.01)
        // "Nội dung" spans two header rows: vertically centred between the top and the bottom of both.
        let content = try #require(doc.lines("table-header").first { $0.text == "Nội dung" })
        let province = try #require(doc.lines("table-header").first { $0.text == "Tỉnh" })
        #expect(content.baseline < province.baseline && content.baseline > funds.baseline)
        #expect(abs((content.centre - (left + quarter)).points) < 0.01)
        // "A" spans two body rows and is centred on them; "1" and "3" sit in the third column's rows.
        let a = try #require(doc.lines("table-cell").first { $0.text == "A" })
        let one = try #require(doc.lines("table-cell").first { $0.text == "1" })
        let three = try #require(doc.lines("table-cell").first { $0.text == "3" })
        #expect(a.baseline > one.baseline && a.baseline < three.baseline)
        #expect(abs((one.x - three.x).points) < 0.01 && one.x > left + quarter * 2)
        // The grid: the rule under "A" spans only its column at the bottom of the second row.
        let borders = doc.rules("table-border")
        #expect(borders.contains { abs(($0.from.x - left).points) < 0.01 && abs(($0.to.x - (left + quarter * 2)).points) < 0.01 })
    }

    @Test func aTotalRowIsNotNumberedAndCoversTheSttColumn() throws {
        let table = Table(columns: [TableColumn(width: .relative(3)), TableColumn(width: .relative(1), align: .right)],
                          header: [[TableCell("Nội dung"), TableCell("Kinh phí")]],
                          rows: [.cells([TableCell("A"), TableCell("1.000")]), .cells([TableCell("B"), TableCell("2.000")]),
                                 .styled(cells: [TableCell("Tổng cộng", colspan: 2), TableCell("3.000")], numbered: false, style: .bold)],
                          numbered: true).with(unit: "Đơn vị tính: triệu đồng")
        let doc = try Repository.engine.layout(Document(body: [.table(table)]))
        let cells = doc.lines("table-cell")
        #expect(cells.map(\.text) == ["1", "A", "1.000", "2", "B", "2.000", "Tổng cộng", "3.000"])
        let total = try #require(cells.first { $0.text == "Tổng cộng" })
        let one = try #require(cells.first { $0.text == "1" })
        #expect(total.isBold && cells.last?.isBold == true && one.isUpright)
        // "Tổng cộng" spans the STT column and the next: centred between the left edge and the third border.
        let verticals = Set(doc.rules("table-border").filter { $0.from.x == $0.to.x }.map { ($0.from.x.points * 100).rounded() / 100 }).sorted()
        #expect(verticals.count == 4)
        #expect(abs(total.centre.points - (verticals[0] + verticals[2]) / 2) < 0.05)
        let unit = try #require(doc.line("table-unit"))
        #expect(unit.isItalic && abs((unit.right - .mm(195)).points) < 0.01)
    }

    @Test func everyCellIsExtracted() throws {
        let document = Self.longTable(rows: 40)
        let rendered = try Repository.engine.render(document, options: .unchecked)
        let text = try Run.pdftotext(rendered.pdf)
        for n in 1...40 where n % 30 != 1 {
            #expect(text.contains("Nhiệm vụ số \(n)"), "row \(n)")
            #expect(text.contains("\(n * 10).000"))
        }
        #expect(text.contains("Nhóm 1") && text.contains("Nhóm 2"))
    }
}

@Suite struct AppendixAndStampTests {
    @Test func aLandscapeAppendixTurnsThePageAndNumbersFromOne() throws {
        let appendix = Appendix(title: ["Thống kê kinh phí"], landscape: true,
                                body: (0..<40).map { .paragraph(Paragraph("Dòng thống kê số \($0) với nội dung đủ dài để chiếm một dòng đầy đủ của trang ngang.")) })
        var document = TableTests.longTable(rows: 5)
        document.appendices = [appendix, Appendix(title: ["Danh mục"], body: [.paragraph(Paragraph("Nội dung."))])]
        let doc = try Repository.engine.layout(document)
        let first = try #require(doc.page(of: "appendix-label"))
        #expect(doc.lines("appendix-label").map(\.text) == ["Phụ lục I", "Phụ lục II"])
        #expect(doc.pages[first].size == PageSize.a4.landscape)
        #expect(doc.pages[first].number == 1 && !doc.pages[first].lines.contains { $0.role == "page-number" })
        #expect(doc.pages[first + 1].size == PageSize.a4.landscape && doc.pages[first + 1].number == 2)
        let number = try #require(doc.pages[first + 1].lines.first { $0.role == "page-number" })
        #expect(abs((number.centre - (Length.mm(30) + (Length.mm(297) - .mm(45)) / 2)).points) < 0.01)
        let wide = doc.pages[first].lines.filter { $0.role == "paragraph" }
        #expect(wide.allSatisfy { $0.right <= Length.mm(297 - 15) + .pt(0.01) })
        #expect(wide.contains { $0.right > Length.mm(200) })
        // The second appendix is portrait again, numbered from 1.
        let second = try #require(doc.pages.lastIndex { $0.lines.contains { $0.text == "Phụ lục II" } })
        #expect(doc.pages[second].size == .a4 && doc.pages[second].number == 1)
        let reference = try #require(doc.line("appendix-reference"))
        #expect(reference.text == "(Kèm theo Kế hoạch số 01/KH-STC ngày 05 tháng 3 năm 2024)" && reference.isItalic)
    }

    @Test(arguments: [("HỎA TỐC", 30.0), ("THƯỢNG KHẨN", 40.0), ("KHẨN", 20.0)])
    func urgencyFramesHaveTheirSizes(text: String, width: Double) throws {
        var document = TableTests.longTable(rows: 2)
        document.marks = Marks(urgency: text, secrecy: "MẬT")
        let doc = try Repository.engine.layout(document)
        let frame = try #require(doc.pages[0].boxes.first { $0.role == "urgency-frame" })
        #expect(abs(frame.width.millimetres - width) < 0.01 && abs(frame.height.millimetres - 8) < 0.01)
        #expect(frame.color == Color(red: 1, green: 0, blue: 0))
        let stamp = try #require(doc.line("urgency"))
        #expect(stamp.text == text && stamp.isBold)
        #expect(stamp.runs.allSatisfy { $0.color == Color(red: 1, green: 0, blue: 0) })
        #expect(abs((stamp.centre - (frame.origin.x + frame.width / 2)).points) < 0.01)
        #expect(stamp.baseline > frame.origin.y && stamp.baseline < frame.origin.y + frame.height)
        // ô 10a above ô 10b, both at the left under the number.
        let secrecy = try #require(doc.pages[0].boxes.first { $0.role == "secrecy-frame" })
        #expect(secrecy.origin.y < frame.origin.y && abs((secrecy.origin.x - .mm(30)).points) < 0.01)
        #expect(secrecy.origin.y > (doc.line("number")?.baseline ?? .zero))
    }

    @Test func circulationNoteSitsInTheTopMarginOverTheRightColumn() throws {
        var document = TableTests.longTable(rows: 2)
        document.marks = Marks(circulation: "LƯU HÀNH NỘI BỘ")
        let doc = try Repository.engine.layout(document)
        let frame = try #require(doc.pages[0].boxes.first { $0.role == "circulation-frame" })
        #expect(frame.origin.y + frame.height <= Length.mm(20))
        let title = try #require(doc.line("national-title"))
        #expect(abs((frame.origin.x + frame.width / 2 - title.centre).points) < Length.mm(2).points)
    }

    @Test func aCopyComesUnderAFullWidthRuleAfterTheCopiedText() throws {
        var document = Fixtures.quyetDinh()
        document.copy = CopyBlock(form: "SAO Y", issuer: Issuer(name: ["VĂN PHÒNG UBND TỈNH"]), number: DocumentNumber(seq: 15, symbol: "SY-VP"),
                                  place: "Trà Vinh", date: PartialDate(iso: "2024-03-07"),
                                  signers: [Signer(authority: ["TL. CHỦ TỊCH"], title: ["CHÁNH VĂN PHÒNG"], name: "Trần Văn B")],
                                  distribution: ["Các sở", "Lưu: VT"])
        let doc = try Repository.engine.layout(document)
        let rule = try #require(doc.rules("copy-rule").first)
        #expect(abs((rule.length - .mm(165)).points) < 0.01)
        let form = try #require(doc.line("copy-form"))
        #expect(form.text == "SAO Y" && form.isBold)
        #expect(form.baseline > rule.from.y)
        #expect(doc.line("copy-number")?.text == "Số: 15/SY-VP")
        #expect(abs((doc.line("copy-number")!.baseline - doc.line("copy-date")!.baseline).points) < 0.01)
        #expect(doc.line("copy-date")?.text == "Trà Vinh, ngày 07 tháng 3 năm 2024")
        let names = doc.lines("signer-name")
        #expect(names.count == 2 && names[1].baseline > rule.from.y)
        #expect(doc.page(of: "copy-form") == doc.page(of: "copy-number"))
    }
}

@Suite struct ListAndFootnoteTests {
    @Test func numberedNestedListsUseVietnameseLetters() throws {
        let list = ListBlock(items: [ListItem("Một", sublist: ListBlock(["a", "b", "c", "d", "e"], marker: "a)")), ListItem("Hai")], marker: "1.")
        let doc = try Repository.engine.layout(Document(body: [.list(list)], closing: ""))
        #expect(doc.lines("list-item").map(\.text) == ["1. Một", "a) a", "b) b", "c) c", "d) d", "đ) e", "2. Hai"])
        let items = doc.lines("list-item")
        #expect(items[1].x > items[0].x && items[6].x == items[0].x)
    }

    @Test func eachFootnoteLandsOnThePageOfItsCall() throws {
        let long = String(repeating: "Nội dung chi tiết của đoạn văn được viết ra để lấp đầy trang giấy. ", count: 6)
        var body: [Block] = []
        for n in 0..<24 {
            body.append(.paragraph(Paragraph(long + (n % 3 == 0 ? "Có chú thích^[Chú thích của đoạn \(n): " + String(repeating: "giải thích thêm ", count: 8) + ".]." : ""))))
        }
        let doc = try Repository.engine.layout(Document(type: "bao-cao", subject: ["Chú thích"], body: body, closing: ""))
        var calls = 0
        for (index, page) in doc.pages.enumerated() {
            let marks = page.lines.filter { $0.role == "paragraph" }.flatMap(\.runs).filter { $0.size < .pt(14) }.map(\.text)
            let notes = page.lines.filter { $0.role == "footnote" }.compactMap { $0.runs.first.map { $0.text.trimmingCharacters(in: .whitespaces) } }
            for mark in marks { #expect(notes.contains(mark), "page \(index + 1): footnote \(mark) is not on the page of its call") }
            calls += marks.count
            // The body stops above the footnotes and their rule.
            if let rule = page.rules.first(where: { $0.role == "footnote-rule" }) {
                let lastBody = page.lines.filter { $0.role == "paragraph" }.map(\.baseline).max() ?? .zero
                #expect(lastBody < rule.from.y)
                #expect(page.lines.filter { $0.role == "footnote" }.allSatisfy { $0.baseline > rule.from.y && $0.baseline <= .mm(277) })
            }
        }
        #expect(calls == 8)
        #expect(doc.pages.allSatisfy { $0.overlappingLines().isEmpty })
    }

    @Test func aLongFootnoteContinuesOnTheNextPage() throws {
        let filler = (0..<33).map { Block.paragraph(Paragraph("Dòng \($0) của văn bản.")) }
        let note = String(repeating: "Nội dung chú thích rất dài. ", count: 250)
        let doc = try Repository.engine.layout(Document(type: "bao-cao", subject: ["X"],
                                                        body: filler + [.paragraph(Paragraph("Lời cuối^[\(note)]."))], closing: ""))
        let pagesWithNotes = doc.pages.indices.filter { doc.pages[$0].lines.contains { $0.role == "footnote" } }
        #expect(pagesWithNotes.count >= 2)
        #expect(doc.lines("footnote").map(\.text).joined(separator: " ").components(separatedBy: "rất dài.").count == 251)
        let text = doc.lines("footnote").map(\.text).joined(separator: " ")
        #expect(text.hasPrefix("1 Nội dung chú thích"))
        #expect(doc.pages.allSatisfy { $0.overlappingLines().isEmpty })
    }
}
