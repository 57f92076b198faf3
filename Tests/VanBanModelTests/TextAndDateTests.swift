import Foundation
import Testing
import VanBanModel

@Suite struct NormalizationTests {
    /// The byte test of `isCertainlyNFC` says yes exactly for the scalars of its definition.
    @Test func certainlyNFCScalarByScalar() {
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value)
            if TextNormalizer.isCertainlyNFC("a" + String(scalar) + "b") != expected { Issue.record("U+\(String(value, radix: 16))"); return }
        }
    }

    @Test func replacingAllMatchesEveryOccurrence() {
        #expect("Hà/Nội/".replacingAll("/", with: "~1") == "Hà~1Nội~1")
        #expect("~~x".replacingAll("~", with: "~0") == "~0~0x")
        #expect("aaa".replacingAll("aa", with: "X") == "Xa")
        #expect("ngày {day} tháng {month}".replacingAll("{day}", with: "05") == "ngày 05 tháng {month}")
        #expect("không có".replacingAll("{x}", with: "y") == "không có")
        #expect("".replacingAll("a", with: "b") == "")
        #expect("abc".replacingAll("", with: "b") == "abc")
        #expect("{seq}".replacingAll("{seq}", with: "") == "")
        #expect("https://a.vn".containsBytes(of: "://") && !"a:/b".containsBytes(of: "://") && "x".containsBytes(of: ""))
    }

    @Test func decomposedVietnameseBecomesPrecomposed() {
        let nfd = "Đo\u{0302}\u{0323}c la\u{0302}\u{0323}p - Tu\u{031B}\u{0323} do - Ha\u{0323}nh phu\u{0301}c"
        let nfc = TextNormalizer.nfc(nfd)
        #expect(nfc.unicodeScalars.elementsEqual("Độc lập - Tự do - Hạnh phúc".unicodeScalars))
        #expect(!TextNormalizer.isCertainlyNFC(nfd))
        #expect(TextNormalizer.isCertainlyNFC(nfc))
    }

    @Test func nfcTextIsReturnedUnchanged() {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM “trích dẫn” – …"
        #expect(TextNormalizer.nfc(text).unicodeScalars.elementsEqual(text.unicodeScalars))
    }
}

@Suite struct TimestampTests {
    @Test func parsesIsoDates() {
        #expect(CalendarDate(iso: "2024-03-05") == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-3-5") == nil)
        #expect(CalendarDate(iso: "05/03/2024") == nil)
    }

    @Test func pdfDatesCarryThePrefixAndTheOffset() throws {
        let t = try #require(Timestamp(iso: "2021-08-24T08:00:05+07:00"))
        #expect(t.pdfDate == "D:20210824080005+07'00'")
        #expect(t.iso == "2021-08-24T08:00:05+07:00")
        #expect(Timestamp(iso: "2024-03-05")?.pdfDate == "D:20240305000000+07'00'")
        #expect(Timestamp(iso: "2024-03-05T09:30Z")?.pdfDate == "D:20240305093000+00'00'")
        #expect(Timestamp(iso: "2024-03-05T25:00:00+07:00") == nil)
    }

    @Test func lengthsConvert() {
        #expect(abs(Length.mm(25.4).points - 72) < 1e-9)
        #expect(abs(Length.cm(1).millimetres - 10) < 1e-9)
        #expect(Length.parse("30mm") == .mm(30))
        #expect(Length.parse("1.27cm") == .cm(1.27))
        #expect(Length.parse("6pt") == .pt(6))
        #expect(Length.parse("six") == nil)
    }
}

@Suite struct DocumentDecoderTests {
    @Test func decodesADocument() throws {
        let json = #"""
        {"type": "quyet-dinh", "issuer": {"parent": "UBND TỈNH TRÀ VINH", "name": ["SỞ", "NỘI VỤ"]},
         "number": {"seq": 5, "symbol": "QĐ-SNV"}, "place": "Trà Vinh", "date": "2024-03-05",
         "subject": ["Về việc", "nâng lương"], "bases": ["Căn cứ A", "Căn cứ B"],
         "body": ["Một", {"heading": "Điều 1.", "text": "Hai"}, {"center": "QUYẾT ĐỊNH:"}, {"list": ["a", "b"], "marker": "+"},
                  {"text": "Ba", "align": "center", "indent": false, "style": "italic"}, {"break": "page"}],
         "signers": [{"authority": ["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG"], "title": "PHÓ CỤC TRƯỞNG", "name": "Trần B"}],
         "distribution": ["Như Điều 3", "Lưu: VT"], "keywords": ["a"]}
        """#
        let (d, warnings) = try DocumentDecoder.decode(Array(json.utf8))
        #expect(warnings.isEmpty)
        #expect(d.type == "quyet-dinh")
        #expect(d.issuer == Issuer(parent: ["UBND TỈNH TRÀ VINH"], name: ["SỞ", "NỘI VỤ"]))
        #expect(d.number == DocumentNumber(seq: 5, symbol: "QĐ-SNV"))
        #expect(d.subject == ["Về việc", "nâng lương"])
        #expect(d.body == [
            .paragraph(Paragraph("Một")), .heading(Heading("Điều 1.", text: "Hai")), .center("QUYẾT ĐỊNH:"),
            .list(ListBlock(["a", "b"], marker: "+")), .paragraph(Paragraph("Ba", align: .center, indent: false, style: .italic)),
            .pageBreak,
        ])
        #expect(d.signers.first?.authority == ["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG"])
        #expect(d.creationTimestamp?.pdfDate == "D:20240305000000+07'00'")
    }

    @Test func partialDatesLeaveBlanks() {
        #expect(PartialDate(iso: "2024")?.month == nil)
        #expect(PartialDate(iso: "2024-03")?.day == nil)
        #expect(PartialDate(iso: "2024-02-30") == nil)
        #expect(PartialDate(iso: "24-03-05") == nil)
        #expect(PartialDate(iso: "2024-03")?.calendarDate == nil)
    }

    @Test func unknownKeysAreReportedWithASuggestion() throws {
        let (_, warnings) = try DocumentDecoder.decode(Array(#"{"tittle": "x", "body": []}"#.utf8))
        #expect(warnings.map(\.code) == ["MODEL.UNKNOWN_KEY"])
        #expect(warnings.first?.path == "/tittle")
        #expect(warnings.first?.english.hint?.contains("'title'") == true)
    }

    @Test func everyErrorHasItsPointer() {
        let json = #"{"body": ["ok", 5, {"heading": 3}, {"tabel": []}], "date": "05/03/2024"}"#
        #expect(throws: DiagnosticError.self) { try DocumentDecoder.decode(Array(json.utf8)) }
        do {
            _ = try DocumentDecoder.decode(Array(json.utf8))
        } catch {
            #expect(error.diagnostics.map(\.path).sorted() == ["/body/1", "/body/2/heading", "/body/3", "/date"])
            #expect(error.diagnostics.allSatisfy { $0.severity == .error && $0.english.hint != nil })
        }
    }

    @Test func syntaxErrorsBecomeDiagnostics() {
        do {
            _ = try DocumentDecoder.decode(Array("{\"body\": [\"a\" \"b\"]}".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.code == "JSON.SYNTAX")
            #expect(error.diagnostics.first?.english.message.contains("line 1, column 15") == true)
        }
    }
}

@Suite struct DocumentRoundTripTests {
    @Test func examplesSurviveEncodeAndDecode() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        for file in files {
            let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(file)))
            let (document, _) = try DocumentDecoder.decode(bytes)
            let text = DocumentEncoder.json(document).serialized()
            let (again, warnings) = try DocumentDecoder.decode(Array(text.utf8))
            #expect(again == document, "\(file)")
            #expect(warnings.isEmpty)
            // And through Codable with Foundation's coders.
            let viaCodable = try JSONDecoder().decode(Document.self, from: try JSONEncoder().encode(document))
            #expect(viaCodable == document, "\(file)")
        }
    }
}
