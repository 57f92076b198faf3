import Testing
import VanBan
import VanBanLayout
import VanBanPages
import VanBanTestSupport

/// Geometry of NĐ30 documents, asserted on the laid-out pages (NĐ30 PL I; docs/profiles.md, "The `nd30` choices").
@Suite struct StateHeaderTests {
    let doc: LaidOutDocument
    let mm = Length.mm(1)

    init() throws { doc = try Repository.engine.layout(Fixtures.congVan()) }

    @Test func nationalTitleAndMottoAreBoldSingleLinesWithAnExactRule() throws {
        let title = try #require(doc.line("national-title"))
        #expect(doc.lines("national-title").count == 1)
        #expect(title.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(title.isBold && (12...13).contains(title.size.points))
        let motto = try #require(doc.line("motto"))
        #expect(doc.lines("motto").count == 1)
        #expect(motto.text == "Độc lập - Tự do - Hạnh phúc")
        #expect(motto.isBold && (13...14).contains(motto.size.points))
        #expect(abs((motto.centre - title.centre).points) < 0.01)
        // PL I, II.1.b: a solid rule under the motto, as long as the motto.
        let rule = try #require(doc.rules("motto-rule").first)
        #expect(abs((rule.length - motto.width).points) < 0.01)
        #expect(abs((rule.centre - motto.centre).points) < 0.01)
        #expect(rule.from.y > motto.baseline && rule.from.y == rule.to.y)
    }

    @Test func issuingBodyIsCentredInTheLeftColumnWithItsRule() throws {
        let parent = try #require(doc.line("parent"))
        let issuer = try #require(doc.lines("issuer").last)
        #expect(parent.isUpright && issuer.isBold)
        #expect(parent.text == "UBND TỈNH TRÀ VINH" && issuer.text == "SỞ NỘI VỤ")
        #expect(abs((parent.centre - issuer.centre).points) < 0.01)
        let rule = try #require(doc.rules("issuer-rule").first)
        let ratio = rule.length / issuer.width
        #expect(ratio >= 1.0 / 3.0 && ratio <= 0.5, "rule is \(ratio) of the line above")
        #expect(abs((rule.centre - issuer.centre).points) < mm.points)
        #expect(rule.from.y > issuer.baseline)
    }

    @Test func numberAndDateShareABaseline() throws {
        let number = try #require(doc.line("number"))
        let date = try #require(doc.line("date"))
        let issuer = try #require(doc.lines("issuer").last)
        let title = try #require(doc.line("national-title"))
        #expect(number.text == "Số: 05/SNV-VP")
        #expect(number.size == .pt(13) && number.isUpright)
        #expect(date.text == "Trà Vinh, ngày 05 tháng 3 năm 2024")
        #expect(date.isItalic && (13...14).contains(date.size.points))
        #expect(abs((number.baseline - date.baseline).points) < 0.01)
        #expect(abs((number.centre - issuer.centre).points) < 1.5 * mm.points)
        #expect(abs((date.centre - title.centre).points) < 1.5 * mm.points)
        #expect(number.baseline > (doc.rules("issuer-rule").first?.from.y ?? .zero))
        #expect(date.baseline > (doc.rules("motto-rule").first?.from.y ?? .zero))
    }

    @Test func subjectOfACongVanIsUnderTheNumberInTheLeftColumn() throws {
        let number = try #require(doc.line("number"))
        let subject = doc.lines("subject-line")
        #expect(!subject.isEmpty)
        #expect(subject.map(\.text).joined(separator: " ") == "V/v đề nghị cử công chức tham gia lớp bồi dưỡng năm 2024")
        // PL I, II.5.b: 6 pt between the number line and the V/v line.
        let pitch13 = 13 * 1.15
        #expect((subject[0].baseline - number.baseline).points >= pitch13 + 6 - 0.01)
        let rightColumn = try #require(doc.line("national-title")).x
        for line in subject {
            #expect(abs((line.centre - number.centre).points) < 1.5 * mm.points)
            #expect(line.right < rightColumn)
            #expect(line.size == .pt(13) && line.isUpright)
        }
        #expect(doc.line("type-name") == nil)
    }

    @Test func columnsDoNotOverlapAndStayInTheMargins() throws {
        #expect(doc.pages.allSatisfy { $0.overlappingLines().isEmpty })
        for line in doc.lines where line.role != "page-number" {
            #expect(line.x >= .mm(30) - .pt(0.01))
            #expect(line.right <= .mm(195) + .pt(0.01))
        }
    }
}

@Suite struct StateTitleAndBodyTests {
    let doc: LaidOutDocument
    let mm = Length.mm(1)
    let textCentre = Length.mm(30) + (Length.mm(210) - .mm(45)) / 2

    init() throws { doc = try Repository.engine.layout(Fixtures.quyetDinh()) }

    @Test func typeNameAndSubjectAreCentredWithTheirRule() throws {
        let name = try #require(doc.line("type-name"))
        #expect(name.text == "QUYẾT ĐỊNH" && name.isBold && name.size == .pt(14))
        #expect(abs((name.centre - textCentre).points) < 1.5 * mm.points)
        let subject = try #require(doc.lines("subject").last)
        #expect(subject.isBold && abs((subject.centre - textCentre).points) < 1.5 * mm.points)
        let rule = try #require(doc.rules("subject-rule").first)
        let ratio = rule.length / subject.width
        #expect(ratio >= 1.0 / 3.0 && ratio <= 0.5)
        #expect(abs((rule.centre - subject.centre).points) < mm.points)
        #expect(name.baseline > (doc.line("number")?.baseline ?? .zero))
    }

    @Test func authorityBasesAndDecision() throws {
        let authority = try #require(doc.line("authority"))
        #expect(authority.isBold && authority.text == "GIÁM ĐỐC SỞ NỘI VỤ TỈNH TRÀ VINH")
        #expect(abs((authority.centre - textCentre).points) < 1.5 * mm.points)
        let bases = doc.lines("basis")
        #expect(bases.allSatisfy { $0.isItalic })
        let ends = Dictionary(grouping: bases, by: \.path).values.compactMap { $0.last?.text.last }
        #expect(ends.sorted() == [".", ";", ";"])
        #expect(doc.lines("basis").last?.text.hasSuffix("Theo đề nghị của Trưởng phòng Tổ chức cán bộ.") == true)
        let decision = try #require(doc.line("decision"))
        #expect(decision.text == "QUYẾT ĐỊNH:" && decision.isBold)
        #expect(abs((decision.centre - textCentre).points) < 1.5 * mm.points)
        #expect(decision.baseline > bases.last!.baseline)
    }

    @Test func anUntitledKhoanNumberIsUpright() throws {
        var document = Fixtures.quyetDinh()
        document.type = "ke-hoach"
        document.body = [.heading(Heading("I.", title: "Mục đích")), .heading(Heading("1.", text: "Nội dung khoản một.")),
                         .heading(Heading("a)", text: "Nội dung điểm a."))]
        let doc = try Repository.engine.layout(document)
        let section = try #require(doc.line("outline"))
        #expect(section.text == "I. MỤC ĐÍCH" && section.isBold)
        let lines = doc.lines("paragraph")
        #expect(lines.map { $0.runs.first?.style.isBold } == [false, false])
        #expect(lines.map(\.text) == ["1. Nội dung khoản một.", "a) Nội dung điểm a./."])
    }

    @Test func articlesHaveABoldLabelAndTheLastParagraphCloses() throws {
        let articles = doc.lines("paragraph").filter { $0.text.hasPrefix("Điều ") }
        #expect(articles.count == 3)
        for line in articles {
            #expect(line.runs.first?.style.isBold == true)
            #expect(line.runs.first?.text.hasPrefix("Điều ") == true)
            #expect(line.x == .mm(30) + .cm(1))
        }
        #expect(doc.lines("paragraph").last?.text.hasSuffix("Quyết định này./.") == true)
    }

    @Test func signatureAndNoiNhanShareTheFirstBaseline() throws {
        let label = try #require(doc.line("distribution-label"))
        let first = try #require(doc.line("signer-title"))
        #expect(label.text == "Nơi nhận:" && label.size == .pt(12) && label.isBold && label.isItalic)
        #expect(abs((label.baseline - first.baseline).points) < 0.01)
        let items = doc.lines("distribution")
        #expect(items.map(\.text) == ["- Như Điều 3;", "- Lưu: VT, TCCB."])
        #expect(items.allSatisfy { $0.size == .pt(11) && $0.isUpright && $0.x == .mm(30) })
        let name = try #require(doc.line("signer-name"))
        #expect(name.isBold && abs((name.centre - first.centre).points) < 0.5 * mm.points)
        let titleCentre = try #require(doc.line("national-title")).centre
        #expect(abs((first.centre - titleCentre).points) < 5 * mm.points)
        #expect((name.baseline - first.baseline) >= .mm(20))
    }

    @Test func bodyParagraphsAreJustifiedIndentedAndSpaced() throws {
        let laidOut = try Repository.engine.layout(Fixtures.congVan(body: Fixtures.paragraphs(6)))
        let body = laidOut.lines("paragraph")
        let right = Length.mm(195)
        var previous: TextLine?
        for line in body {
            if !line.endsParagraph { #expect(abs((line.right - right).points) < 0.01) }
            if let previous, previous.path == line.path {
                let pitch = (line.baseline - previous.baseline).points
                #expect(pitch >= 1.15 * 14 - 0.01 && pitch <= 1.725 * 14)
            } else if let previous, previous.baseline < line.baseline {
                #expect((line.baseline - previous.baseline).points >= 1.15 * 14 + 6 - 0.01)
                #expect(line.x == .mm(30) + .cm(1))
            }
            previous = line
        }
    }
}

@Suite struct KinhGuiTests {
    @Test func severalRecipientsAlignTheirDashesAfterTheLabel() throws {
        let doc = try Repository.engine.layout(Fixtures.congVan())
        let label = try #require(doc.line("addressee-label"))
        let items = doc.lines("addressee")
        #expect(label.text == "Kính gửi:")
        #expect(items.map(\.text) == ["- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các huyện, thị xã, thành phố."])
        #expect(abs((label.baseline - items[0].baseline).points) < 0.01)
        #expect(items.allSatisfy { $0.x == items[0].x })
        #expect(items[0].x > label.right)
    }

    @Test func oneRecipientStaysOnTheLabelsLine() throws {
        let doc = try Repository.engine.layout(Fixtures.congVan(addressees: ["Ủy ban nhân dân tỉnh Trà Vinh"]))
        let lines = doc.lines.filter { $0.role.rawValue.hasPrefix("addressee") }
        #expect(lines.map(\.text) == ["Kính gửi: Ủy ban nhân dân tỉnh Trà Vinh"])
        let textCentre = Length.mm(30) + Length.mm(165) / 2
        #expect(abs((lines[0].centre - textCentre).points) < 0.01)
    }

    @Test func oneLongRecipientWrapsUnderItsTextAfterTheLabel() throws {
        let long = "Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021–2025 của tỉnh Trà Vinh"
        let doc = try Repository.engine.layout(Fixtures.congVan(addressees: [long]))
        let label = try #require(doc.line("addressee-label"))
        let items = doc.lines("addressee")
        #expect(items.count == 2)
        #expect(abs((label.baseline - items[0].baseline).points) < 0.01)
        #expect(items[0].x == items[1].x && items[0].x > label.right)
        #expect(items.map(\.text).joined(separator: " ") == long)
    }

    @Test func longRecipientsWrapUnderTheirText() throws {
        let long = "Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021–2025 các huyện, thị xã, thành phố"
        let doc = try Repository.engine.layout(Fixtures.congVan(addressees: ["Các sở, ban, ngành tỉnh", long]))
        let items = doc.lines("addressee")
        #expect(items.count >= 3)
        #expect(items.last!.x > items[0].x)  // the continuation starts under the text, not the dash
        #expect(items.allSatisfy { $0.right <= .mm(195) + .pt(0.01) })
    }
}

@Suite struct StateHardCaseTests {
    func checkClean(_ doc: LaidOutDocument) {
        for (index, page) in doc.pages.enumerated() {
            #expect(page.overlappingLines().isEmpty, "page \(index + 1): \(page.overlappingLines().map { ($0.0.text, $0.1.text) })")
            for line in page.lines where line.role != "page-number" {
                #expect(line.x >= .mm(30) - .pt(0.01), "\(line.text)")
                #expect(line.right <= .mm(195) + .pt(0.01), "\(line.text)")
                #expect(line.baseline <= .mm(277) + .pt(0.01), "\(line.text)")
            }
        }
        #expect(!doc.diagnostics.contains { $0.severity != .note })
    }

    @Test func threeLineIssuingBody() throws {
        var document = Fixtures.congVan()
        document.issuer = Issuer(parent: ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
                                 name: ["CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI", "TRUNG TÂM ĐIỀU HÀNH"])
        let doc = try Repository.engine.layout(document)
        checkClean(doc)
        let number = try #require(doc.line("number"))
        let lastIssuer = try #require(doc.lines("issuer").last)
        #expect(number.baseline > lastIssuer.baseline)
        #expect(doc.lines("issuer").allSatisfy { $0.right < doc.line("national-title")!.x })
    }

    @Test func sixtyWordSubject() throws {
        let words = (0..<60).map { ["về", "việc", "phê", "duyệt", "kế", "hoạch", "triển", "khai", "nhiệm", "vụ"][$0 % 10] }
        let subject = "Về " + words.joined(separator: " ")
        let doc = try Repository.engine.layout(Fixtures.quyetDinh(subject: [subject]))
        checkClean(doc)
        let lines = doc.lines("subject")
        #expect(lines.count >= 4)
        #expect(lines.map(\.text).joined(separator: " ") == subject)
        #expect(doc.rules("subject-rule").count == 1)
        let longCongVan = try Repository.engine.layout(Fixtures.congVan(subject: words.joined(separator: " ")))
        checkClean(longCongVan)
        #expect(longCongVan.lines("subject-line").count >= 6)
    }

    @Test func twentyFiveRecipientsInNoiNhan() throws {
        let recipients = ["Như trên"] + (1...23).map { "Ủy ban nhân dân huyện số \($0) (để thực hiện)" } + ["Lưu: VT, VP"]
        let doc = try Repository.engine.layout(Fixtures.congVan(distribution: recipients))
        checkClean(doc)
        #expect(doc.lines("distribution").count >= 25)
        let page = try #require(doc.page(of: "distribution-label"))
        #expect(doc.pages[page].lines.filter { $0.role == "distribution" }.count == doc.lines("distribution").count)
    }

    @Test func theSignatureNeverStandsAloneOnAPage() throws {
        // Push the last paragraph to the foot of a page: for each body length, the signature block
        // takes at least the last two lines of the body with it and is never split.
        for count in 4...9 {
            let doc = try Repository.engine.layout(Fixtures.congVan(body: Fixtures.paragraphs(count, words: 55, seed: count)))
            checkClean(doc)
            let page = try #require(doc.page(of: "signer-name"))
            #expect(doc.page(of: "signer-title") == page)
            #expect(doc.page(of: "distribution-label") == page)
            let bodyOnPage = doc.pages[page].lines.filter { $0.role == "paragraph" }
            #expect(bodyOnPage.count >= 2, "\(count) paragraphs: \(bodyOnPage.count) body lines with the signature")
        }
    }

    @Test func fortyPagePlan() throws {
        var body: [Block] = []
        let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
                     "XVII", "XVIII", "XIX", "XX"]
        for section in 1...20 {
            body.append(.heading(Heading(roman[section - 1] + ".",
                                         title: "Nội dung công tác số \(section)")))
            for item in 1...4 {
                body.append(.heading(Heading("\(item).", title: "Nhiệm vụ \(section).\(item)")))
                body += Fixtures.paragraphs(3, words: 90, seed: section * 10 + item)
                body.append(.list(ListBlock(["Cơ quan chủ trì: Sở Kế hoạch và Đầu tư", "Thời gian hoàn thành: quý \(item) năm 2024"])))
            }
        }
        var document = Fixtures.quyetDinh(subject: ["Triển khai thực hiện nhiệm vụ năm 2024"], body: body)
        document.type = "ke-hoach"
        document.bases = []
        document.authority = []
        let doc = try Repository.engine.layout(document)
        #expect(doc.pages.count >= 40)
        checkClean(doc)
        for (index, page) in doc.pages.enumerated() {
            #expect(page.number == index + 1)
            #expect(page.lines.contains { $0.role == "page-number" } == (index > 0))
        }
        // Headings stay with what follows.
        for page in doc.pages {
            let last = page.lines.filter { $0.role != "page-number" }.last
            #expect(last?.role != "outline", "a heading ends a page: \(last?.text ?? "")")
        }
    }
}

@Suite struct StateTypeTests {
    @Test func anAttachedTextStartsANewPageWithItsOwnNumbers() throws {
        let regulation = Attachment(type: "quy-che", subject: ["Quy chế làm việc của Sở Nội vụ"],
                                    body: [.heading(Heading("Chương I", title: "Quy định chung")),
                                           .heading(Heading("Điều 1.", title: "Phạm vi điều chỉnh"))] + Fixtures.paragraphs(12, words: 80))
        let doc = try Repository.engine.layout(Fixtures.quyetDinh(attachments: [regulation]))
        let first = try #require(doc.page(of: "attachment-reference"))
        #expect(first >= 1)
        #expect(doc.pages[first].number == 1)
        #expect(!doc.pages[first].lines.contains { $0.role == "page-number" })
        #expect(doc.pages.count > first + 1 && doc.pages[first + 1].number == 2)
        let reference = doc.lines("attachment-reference").map(\.text).joined(separator: " ")
        #expect(reference == "(Kèm theo Quyết định số 05/QĐ-SNV ngày 05 tháng 3 năm 2024 của Giám đốc Sở Nội vụ tỉnh Trà Vinh)")
        #expect(doc.lines("attachment-reference").allSatisfy { $0.isItalic })
        #expect(doc.rules("attachment-reference-rule").count == 1)
        #expect(doc.pages[first].lines.contains { $0.role == "national-title" })
        #expect(!doc.pages[first].lines.contains { $0.role == "number" })
        let chapter = try #require(doc.line("chapter"))
        #expect(chapter.text == "Chương I" && chapter.isBold)
        #expect(doc.line("chapter-title")?.text == "QUY ĐỊNH CHUNG")
        #expect(doc.line("article")?.text == "Điều 1. Phạm vi điều chỉnh")
    }

    @Test func aBienBanHasNoDateAndTwoSignaturesSideBySide() throws {
        let document = Document(type: "bien-ban", issuer: Issuer(name: ["SỞ NỘI VỤ"]), number: DocumentNumber(seq: 3, symbol: "BB-SNV"),
                                date: PartialDate(iso: "2024-03-05"), subject: ["Cuộc họp giao ban tháng 3 năm 2024"],
                                body: Fixtures.paragraphs(2),
                                signers: [Signer(title: ["THƯ KÝ"], name: "Lê Thị Cúc"),
                                          Signer(authority: ["KT. GIÁM ĐỐC"], title: ["CHỦ TỌA"], name: "Trần Văn Dũng")],
                                distribution: ["Lưu: VT, Hồ sơ"])
        let doc = try Repository.engine.layout(document)
        #expect(doc.line("date") == nil)
        let titles = doc.lines("signer-title")
        #expect(titles.map(\.text) == ["THƯ KÝ", "CHỦ TỌA"])
        #expect(titles[0].centre < Length.mm(112.5) && titles[1].centre > Length.mm(112.5))
        let names = doc.lines("signer-name")
        #expect(names.count == 2 && abs((names[0].baseline - names[1].baseline).points) < 0.01)
        // The right signature stays on the header's right column centre (NĐ30 PL I, II.7).
        let titleCentre = try #require(doc.line("national-title")).centre
        #expect(abs((titles[1].centre - titleCentre).points) < Length.mm(5).points)
        let label = try #require(doc.line("distribution-label"))
        #expect(label.baseline > (doc.lines("signer-name").map(\.baseline).max() ?? .zero))
    }

    @Test func draftsShowBlanksForTheNumberAndTheDate() throws {
        var document = Fixtures.quyetDinh()
        document.number = DocumentNumber(symbol: "QĐ-SNV")
        document.date = PartialDate(iso: "2024")
        let doc = try Repository.engine.layout(document)
        let nbsp = "\u{00A0}"
        #expect(doc.line("number")?.text == "Số: " + String(repeating: nbsp, count: 8) + "/QĐ-SNV")
        #expect(doc.line("date")?.text == "Trà Vinh, ngày \(String(repeating: nbsp, count: 4)) tháng \(String(repeating: nbsp, count: 4)) năm 2024")
    }

    @Test func unknownTypeIsADiagnosticWithAHint() {
        do {
            _ = try Repository.engine.layout(Document(type: "quyet-dnh"))
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.code == "MODEL.UNKNOWN_TYPE")
            #expect(error.diagnostics.first?.path == "/type")
            #expect(error.diagnostics.first?.english.hint?.contains("did you mean 'quyet-dinh'?") == true)
        }
    }

    @Test func aLongPlaceNameShrinksTheDateInsideItsRange() throws {
        var document = Fixtures.congVan()
        document.place = "Thành phố Hồ Chí Minh"
        document.date = PartialDate(iso: "2019-06-29")
        let doc = try Repository.engine.layout(document)
        let date = try #require(doc.line("date"))
        #expect(doc.lines("date").count == 1)
        #expect(date.size == .pt(13))
        #expect(doc.diagnostics.contains { $0.code == "LAYOUT.SIZE_IN_RANGE" && $0.path == "/date" })
    }
}
