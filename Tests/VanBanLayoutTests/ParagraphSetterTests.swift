import Testing
import VanBanModel
import VanBanTestSupport
@testable import VanBanLayout
import VanBanText

@Suite struct ParagraphSetterTests {
    let paragraph = Array(repeating: "Thời gian qua, cán bộ, đảng viên và quần chúng nhân dân trên địa bàn tỉnh thực hiện khá tốt.", count: 4)
        .joined(separator: " ")

    @Test func justifiedLinesEndExactlyAtTheMeasureExceptTheLast() throws {
        let measure = testProfile.measure
        let lines = try setLines(paragraph)
        #expect(lines.count > 2)
        for line in lines.dropLast() {
            #expect(abs((line.x + line.width - measure).points) < 1e-6, "\(lineText(line))")
        }
        let last = try #require(lines.last)
        #expect(last.endsParagraph)
        #expect(last.x + last.width < measure)
    }

    /// The byte prefilter of the label rule lets every label through, in any case.
    @Test func everyNumberLabelPassesTheFirstByteTest() {
        for label in VietnameseBreakRules.numberLabels {
            for form in [label, label.uppercased(), label.prefix(1).uppercased() + label.dropFirst()] {
                #expect(VietnameseBreakRules.mayStartLabel(form.utf8.first!), "\(form)")
            }
        }
        #expect(!VietnameseBreakRules.mayStartLabel(UInt8(ascii: "V")))
    }

    @Test func firstLineIsIndentedByTheProfile() throws {
        let lines = try setLines(paragraph)
        #expect(lines[0].x == .cm(1))
        #expect(lines.dropFirst().allSatisfy { $0.x == .zero })
    }

    @Test func linesReassembleTheTextWithoutTrailingSpaces() throws {
        let lines = try setLines(paragraph)
        #expect(lines.map(lineText).joined(separator: " ") == paragraph)
        #expect(lines.allSatisfy { !lineText($0).hasSuffix(" ") && !lineText($0).hasPrefix(" ") })
    }

    @Test func explicitLineBreaksEndRaggedLines() throws {
        let lines = try setLines("Kính gửi:\n- Bộ Nội vụ;\n- Sở Tài chính.")
        #expect(lines.map(lineText) == ["Kính gửi:", "- Bộ Nội vụ;", "- Sở Tài chính."])
        #expect(lines.allSatisfy { $0.endsParagraph })
        #expect(lines[0].x == .cm(1) && lines[1].x == .zero)
    }

    @Test func spacesAreCollapsedAndTrimmed() throws {
        let lines = try setLines("  Một   hai\tba  ")
        #expect(lines.map(lineText) == ["Một hai ba"])
        let styled = ParagraphSetter.collapseSpaces(InlineMarkup.parse("Kính gửi  __Văn phòng__  ngay.").runs)
        #expect(styled.map(\.text) == ["Kính gửi ", "Văn phòng", " ngay."])
        let spacesOnly = ParagraphSetter.collapseSpaces([StyledText("a "), StyledText("  ", .bold), StyledText(" b")])
        #expect(spacesOnly == [StyledText("a "), StyledText("b")])
    }

    @Test func aLongUrlNeverOverflowsTheMeasure() throws {
        let url = "https://snv.travinh.gov.vn/tai-lieu/hoi-nghi-tong-ket-cong-tac-nam-2024-va-trien-khai-nhiem-vu-nam-2025-cua-so-noi-vu-tinh.pdf"
        let measure = Length.mm(80)
        for shaper in [FakeShaper(), HarfBuzzShaper(fonts: Repository.fonts)] as [any TextShaper] {
            let lines = try setLines("Tài liệu tại \(url) để nghiên cứu.", measure: measure, shaper: shaper)
            #expect(lines.count >= 3)
            for line in lines { #expect(line.x + line.width <= measure + .pt(1e-6), "\(lineText(line))") }
            #expect(lines.map(lineText).joined().replacingAll(" ", with: "") == "Tàiliệutại\(url)đểnghiêncứu.")
        }
    }

    /// Dates and amounts that fit are never broken; a code breaks only after one of its `/` or
    /// `-` (never inside a word), and only in justified running text, to spare a loose line.
    @Test func datesNeverBreakAndCodesOnlyAfterTheirMarks() throws {
        let shaper = HarfBuzzShaper(fonts: Repository.fonts)
        let text = Array(repeating: "theo Quyết định số 2310/QĐ-BNNMT ngày 24/8/2021 của Bộ, kinh phí 1.250.000.000 đồng", count: 8).joined(separator: " ")
        for width in stride(from: 60.0, through: 160.0, by: 7.0) {
            let lines = try setLines(text, measure: .mm(width), shaper: shaper)
            let words = lines.flatMap { lineText($0).split(separator: " ") }
            #expect(words.filter { $0 == "24/8/2021" }.count == 8)
            #expect(words.filter { $0 == "1.250.000.000" }.count == 8)
            #expect(paragraphText(lines) == text)
            for line in lines.dropLast() {
                let last = lineText(line).split(separator: " ").last.map(String.init) ?? ""
                if "2310/QĐ-BNNMT".hasPrefix(last), last != "2310/QĐ-BNNMT", !last.isEmpty {
                    #expect(last == "2310/" || last == "2310/QĐ-", "broken inside the code as '\(last)' at \(width) mm")
                }
            }
        }
        // Ragged text and table cells never break a code that fits.
        var ragged = bodyStyle
        ragged.alignment = .left
        for width in stride(from: 60.0, through: 160.0, by: 7.0) {
            let lines = try setLines(text, style: ragged, measure: .mm(width), shaper: shaper)
            #expect(lines.flatMap { lineText($0).split(separator: " ") }.filter { $0 == "2310/QĐ-BNNMT" }.count == 8)
        }
    }

    @Test func centredLinesSitInTheMiddle() throws {
        var style = testProfile.style(.subject).paragraph
        style.alignment = .center
        style.balanced = false
        let lines = try setLines("THÔNG BÁO\nVề việc tổ chức hội nghị", style: style)
        for line in lines {
            #expect(abs((line.x + line.width / 2 - testProfile.measure / 2).points) < 1e-9)
        }
    }

    @Test func underlinedRunsGetARuleUnderThem() throws {
        let lines = try setLines("Kính gửi __Văn phòng Sở__ ngay.", shaper: HarfBuzzShaper(fonts: Repository.fonts))
        let line = try #require(lines.first)
        #expect(line.underlines.count == 1)
        let underlined = try #require(line.runs.first { $0.text == "Văn phòng Sở" })
        let rule = try #require(line.underlines.first)
        #expect(abs((rule.from.x - underlined.origin.x).points) < 1e-9)
        #expect(abs((rule.length - underlined.width).points) < 1e-9)
        #expect(rule.from.y > .zero)  // below the baseline
    }

    @Test func clustersCoverEveryByteAndGlyph() throws {
        let lines = try setLines("Độc lập - *Tự do* - **Hạnh phúc** ẪỄỖẶẬỢỰ", shaper: HarfBuzzShaper(fonts: Repository.fonts))
        for run in lines.flatMap(\.runs) {
            #expect(run.clusters.reduce(0) { $0 + Int($1.byteCount) } == run.text.utf8.count)
            #expect(run.clusters.reduce(0) { $0 + Int($1.glyphCount) } == run.glyphs.count)
        }
    }

    @Test func missingGlyphIsAnError() {
        #expect(throws: MissingGlyphError.self) { try setLines("chữ 漢 Hán") }
    }
}

@Suite struct NumberLabelTests {
    /// A label keeps its number (`ngày 24`, `Điều 3`, `Chương II`) at the body's measure; on
    /// narrow measures it lets go only to spare a loose line, on few lines.
    @Test func aLabelWordKeepsItsNumber() throws {
        let shaper = HarfBuzzShaper(fonts: Repository.fonts)
        let text = Array(repeating: "theo Quyết định số 2310/QĐ-BNNMT ngày 24 tháng 8 năm 2021 và Điều 3, khoản 2 Chương II", count: 6)
            .joined(separator: " ")
        var lines = 0, labelEnds = 0
        for width in stride(from: 60.0, through: 170.0, by: 3.0) {
            let set = try setLines(text, measure: .mm(width), shaper: shaper)
            for line in set.dropLast() {
                let last = lineText(line).split(separator: " ").last.map { String($0).lowercased() } ?? ""
                lines += 1
                if VietnameseBreakRules.numberLabels.contains(last) {
                    labelEnds += 1
                    #expect(width < 150, "line ends with '\(last)' at \(width) mm")
                }
            }
        }
        #expect(Double(labelEnds) <= Double(lines) * 0.03, "\(labelEnds) of \(lines) lines end with a label")
    }
}
