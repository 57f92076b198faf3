import Foundation
import Testing
import VanBan
import VanBanLayout
import VanBanPages
import VanBanTestSupport

/// HD 36-HD/VPTW and HD 05-HD/VPTW (docs/profiles.md, "The Party profiles"), asserted on laid-out pages.
@Suite struct PartyDocumentTests {
    let mm = Length.mm(1)

    static func congVan(profile: String = "hd36", date: String = "2021-08-24") -> Document {
        Document(profile: profile, type: "cong-van", issuer: Issuer(parent: ["TỈNH ỦY TRÀ VINH"], name: ["BAN TUYÊN GIÁO"]),
                 number: DocumentNumber(seq: 5, symbol: "CV/BTGTU"), place: "Trà Vinh", date: PartialDate(iso: date),
                 subject: ["chấn chỉnh việc đăng, chia sẻ thông tin trên mạng xã hội"],
                 addressees: ["Các huyện ủy, thị ủy, thành ủy", "Các đảng ủy trực thuộc Tỉnh ủy"],
                 body: Fixtures.paragraphs(3),
                 signers: [Signer(authority: ["K/T TRƯỞNG BAN"], title: ["PHÓ TRƯỞNG BAN"], name: "Nguyễn Văn Bình")],
                 distribution: ["Thường trực Tỉnh ủy (để b/c)", "Như Kính gửi", "Lưu VPTU"])
    }

    @Test func headerOfAPartyDocument() throws {
        let doc = try Repository.engine.layout(Self.congVan())
        let title = try #require(doc.line("national-title"))
        #expect(title.text == "ĐẢNG CỘNG SẢN VIỆT NAM" && title.size == .pt(15) && title.isBold)
        // B3 row 1: a solid rule under the title, as long as the title.
        let rule = try #require(doc.rules("national-title-rule").first)
        #expect(abs((rule.length - title.width).points) < 0.01)
        #expect(abs((rule.centre - title.centre).points) < 0.01)
        #expect(doc.line("motto") == nil)
        // B3 row 2: parent 14 upright, issuer 14 bold, a centred star under them.
        let parent = try #require(doc.line("parent")), issuer = try #require(doc.line("issuer"))
        #expect(parent.size == .pt(14) && parent.isUpright && issuer.size == .pt(14) && issuer.isBold)
        let star = try #require(doc.line("issuer-mark"))
        #expect(star.text == "*")
        #expect(abs((star.centre - issuer.centre).points) < 0.5 * mm.points)
        #expect(star.baseline > issuer.baseline && doc.rules("issuer-rule").isEmpty)
        // B4: no colon; number and type code joined by '-', the organ after '/'.
        let number = try #require(doc.line("number"))
        #expect(number.text == "Số 05-CV/BTGTU" && number.size == .pt(14))
        #expect(number.baseline > star.baseline && abs((number.centre - issuer.centre).points) < 0.5 * mm.points)
        // B3 row 4: the date in italic under the title's rule.
        let date = try #require(doc.line("date"))
        #expect(date.text == "Trà Vinh, ngày 24 tháng 8 năm 2021" && date.isItalic && date.size == .pt(14))
        #expect(date.top > rule.from.y)
        #expect(abs((date.centre - title.centre).points) < 1.5 * mm.points)
        // B3 row 5b: the công văn's trích yếu 12 pt italic under the number.
        let subject = try #require(doc.line("subject-line"))
        #expect(subject.size == .pt(12) && subject.isItalic && subject.baseline > number.baseline)
        #expect(doc.pages.allSatisfy { $0.overlappingLines().isEmpty })
    }

    @Test func hd36PunctuatesWithCommasAndHd05WithSemicolons() throws {
        let hd36 = try Repository.engine.layout(Self.congVan(profile: "hd36"))
        #expect(hd36.lines("addressee").map(\.text) == ["- Các huyện ủy, thị ủy, thành ủy,", "- Các đảng ủy trực thuộc Tỉnh ủy."])
        #expect(hd36.lines("distribution").map(\.text) == ["- Thường trực Tỉnh ủy (để b/c),", "- Như Kính gửi,", "- Lưu VPTU."])
        let hd05 = try Repository.engine.layout(Self.congVan(profile: "hd05", date: "2026-06-15"))
        #expect(hd05.lines("addressee").map(\.text) == ["- Các huyện ủy, thị ủy, thành ủy;", "- Các đảng ủy trực thuộc Tỉnh ủy."])
        #expect(hd05.lines("distribution").map(\.text) == ["- Thường trực Tỉnh ủy (để b/c);", "- Như Kính gửi;", "- Lưu VPTU."])
    }

    @Test func signatureAndNoiNhanOfTheParty() throws {
        let doc = try Repository.engine.layout(Self.congVan())
        let label = try #require(doc.line("distribution-label"))
        #expect(label.text == "Nơi nhận:" && label.size == .pt(14) && label.isUpright)
        let underline = try #require(doc.rules("underline").first { abs(($0.from.x - label.x).points) < 0.01 })
        #expect(abs((underline.length - label.width).points) < 0.01)
        #expect(doc.lines("distribution").allSatisfy { $0.size == .pt(12) })
        let authority = try #require(doc.line("signer-authority")), position = try #require(doc.line("signer-title"))
        #expect(authority.text == "K/T TRƯỞNG BAN" && authority.isBold)
        #expect(position.text == "PHÓ TRƯỞNG BAN" && position.isUpright)  // B3 row 7a: the position is not bold
        #expect(doc.line("signer-name")?.isBold == true)
        #expect(abs((label.baseline - authority.baseline).points) < 0.01)
        #expect(doc.lines("paragraph").last?.text.hasSuffix("./.") == false)  // B5: the body ends with '.', not './.'
    }

    @Test func theTypistCodeHasItsOwnLineUnderHD36AndEndsLuuUnderND30() throws {
        var party = Self.congVan()
        party.drafter = "abc-268"
        let doc = try Repository.engine.layout(party)
        let drafter = try #require(doc.line("drafter"))
        #expect(drafter.text == "ABC-268" && drafter.size == .pt(8))
        #expect(drafter.baseline > (doc.lines("distribution").last?.baseline ?? .zero))
        var state = Fixtures.congVan()
        state.drafter = "NVA(02)"
        let nd30 = try Repository.engine.layout(state)
        #expect(nd30.line("drafter") == nil)
        #expect(nd30.lines("distribution").last?.text == "- Lưu: VT, CCVC, NVA(02).")
    }

    @Test func bodyIsFourteenPointWithExactEighteenPointLines() throws {
        let doc = try Repository.engine.layout(Self.congVan())
        let body = doc.lines("paragraph")
        #expect(body.allSatisfy { $0.size == .pt(14) })
        let first = body.filter { $0.path == body[0].path }
        #expect(first.count > 2)
        #expect(abs((first[1].baseline - first[0].baseline).points - 18) < 0.01)
        #expect(abs((first[0].x - Length.mm(30) - .mm(10)).points) < 0.01)
    }

    @Test func typedDocumentHasTheDashLineAndPartyBases() throws {
        let document = Document(profile: "hd36", type: "quyet-dinh", issuer: Issuer(parent: ["ĐẢNG BỘ TỈNH TRÀ VINH"], name: ["TỈNH ỦY"]),
                                number: DocumentNumber(seq: 127, symbol: "QĐ/TU"), place: "Trà Vinh", date: PartialDate(iso: "2024-02-03"),
                                subject: ["về việc thành lập Đoàn kiểm tra"], authority: ["BAN THƯỜNG VỤ TỈNH ỦY"],
                                bases: ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam", "Căn cứ Quy chế làm việc của Tỉnh ủy", "Xét đề nghị của Ủy ban Kiểm tra Tỉnh ủy"],
                                body: [.heading(Heading("Điều 1.", text: "Thành lập Đoàn kiểm tra."))],
                                signers: [Signer(authority: ["T/M BAN THƯỜNG VỤ"], title: ["PHÓ BÍ THƯ"], name: "Lê Văn Hẳn")],
                                distribution: ["Như Điều 1", "Lưu Văn phòng Tỉnh ủy"])
        let doc = try Repository.engine.layout(document)
        let name = try #require(doc.line("type-name"))
        #expect(name.text == "QUYẾT ĐỊNH" && name.isBold && (15...16).contains(name.size.points))
        let subject = try #require(doc.line("subject"))
        #expect(subject.isBold && (14...15).contains(subject.size.points))
        let mark = try #require(doc.line("subject-mark"))
        #expect(mark.text == "-----" && abs((mark.centre - subject.centre).points) < 0.5 * mm.points)
        #expect(doc.rules("subject-rule").isEmpty)
        #expect(doc.line("number")?.text == "Số 127-QĐ/TU")
        #expect(doc.line("date")?.text == "Trà Vinh, ngày 03 tháng 02 năm 2024")
        // B5: căn cứ upright, '- …;', the last ',' before the deciding line.
        let bases = Dictionary(grouping: doc.lines("basis"), by: \.path).values.map { $0.map(\.text).joined(separator: " ") }.sorted()
        #expect(bases == ["- Căn cứ Quy chế làm việc của Tỉnh ủy;", "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                          "- Xét đề nghị của Ủy ban Kiểm tra Tỉnh ủy,"])
        #expect(doc.lines("basis").allSatisfy { $0.isUpright })
        #expect(doc.line("signer-authority")?.text == "T/M BAN THƯỜNG VỤ")
    }

    @Test(arguments: [("2021-08-24", "hd36"), ("2026-05-26", "hd36"), ("2026-05-27", "hd05"), ("2026-06", "hd05"),
                      ("2026", "hd05"), ("2025", "hd36")])
    func partyPicksTheGuidelineInForceOnTheDate(date: String, expected: String) throws {
        let (profile, note) = try Repository.engine.profile(for: Self.congVan(profile: "party", date: date))
        #expect(profile.id == expected)
        #expect(note?.code == "PROFILE.SELECTED" && note?.severity == .note)
    }

    @Test func anExplicitProfileWins() throws {
        let (profile, note) = try Repository.engine.profile(for: Self.congVan(profile: "hd36", date: "2026-09-01"))
        #expect(profile.id == "hd36" && note == nil)
    }

    @Test func hd05SubmissionsSayKinhTrinh() throws {
        var document = Self.congVan(profile: "hd05", date: "2026-07-01")
        document.type = "to-trinh"
        document.addressees = ["Ban Thường vụ Tỉnh ủy"]
        document.number = DocumentNumber(seq: 12, symbol: "TTr/BTGTU")
        let doc = try Repository.engine.layout(document)
        #expect(doc.lines("addressee").map(\.text) == ["Kính trình: Ban Thường vụ Tỉnh ủy"])
        #expect(try Repository.engine.profile(named: "hd05").types["quy-dinh"]?.code == "QĐ")
        #expect(try Repository.engine.profile(named: "hd36").types["quy-dinh"]?.code == "QĐi")
    }
}

/// The seed document: a real công văn of Ban Tuyên giáo Tỉnh ủy Trà Vinh (405-CV/BTGTU, 24/8/2021).
@Suite struct SeedDocumentTests {
    static let seedText = (try? String(contentsOfFile: Repository.root + "/../shared/examples/cong-van-405-CV-BTGTU.txt", encoding: .utf8))
        ?? (try? String(contentsOfFile: "/work/shared/examples/cong-van-405-CV-BTGTU.txt", encoding: .utf8)) ?? ""

    /// Words without markup, without the punctuation the profile adds at list ends, with the two
    /// extraction artefacts of the seed repaired (`Vv` → `V/v`).
    static func words(_ text: String) -> [String] {
        text.replacingOccurrences(of: "*", with: "").split(whereSeparator: { $0.isWhitespace })
            .map { String($0) == "Vv" ? "V/v" : String($0) }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",;.")) }
            .filter { !$0.isEmpty }
    }

    @Test func everyWordOfTheSeedInOrder() throws {
        #expect(!Self.seedText.isEmpty)
        let json = try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/examples/cong-van-405-CV-BTGTU.json"))
        let rendered = try Repository.engine.render(json: Array(json))
        #expect(rendered.diagnostics.allSatisfy { $0.severity == .note })
        // Page by page, without the page numbers (they are not part of the seed's text).
        let pages = try Run.pdftotext(rendered.pdf).split(separator: "\u{0C}").map(String.init)
        var got: [String] = []
        for (index, page) in pages.enumerated() {
            var lines = page.split(separator: "\n").map(String.init)
            if index > 0, lines.first == String(index + 1) { lines.removeFirst() }
            got += Self.words(lines.joined(separator: "\n"))
        }
        let expected = Self.words(Self.seedText)
        let firstDifference = zip(got, expected).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(got.count == expected.count)
        #expect(firstDifference == nil, "word \(firstDifference?.offset ?? 0): rendered '\(firstDifference?.element.0 ?? "")', seed '\(firstDifference?.element.1 ?? "")'")
    }
}
