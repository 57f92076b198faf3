import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// A document that would print without a part its type needs is refused (exit 1, 422), unless
/// `--force`; the forms real issued documents use are warnings or notes, so they render as issued.
@Suite struct CompletenessTests {
    static let complete = #"""
        {"type": "cong-van", "issuer": {"parent": "UBND TỈNH TRÀ VINH", "name": "SỞ NỘI VỤ"},
         "number": {"seq": 12, "symbol": "SNV-VP"}, "place": "Trà Vinh", "date": "2024-03-05", "subject": "thử",
         "addressees": ["Sở Tài chính"], "body": ["Nội dung."],
         "signers": [{"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Nguyễn Văn An"}],
         "distribution": ["Như trên", "Lưu: VT, VP"]}
        """#

    static func mutate(_ pointer: String, _ value: String?, in base: String = complete) throws -> String {
        var source = try JSONParser.parse(Array(base.utf8))
        if let value {
            let replacement = try JSONParser.parse(Array(value.utf8))
            if source.value(at: pointer) == nil {
                // A new member of the object the pointer's parent names.
                let slash = pointer.lastIndex(of: "/")!
                let parent = String(pointer[..<slash]), key = String(pointer[pointer.index(after: slash)...])
                guard case .object(var members)? = parent.isEmpty ? source : source.value(at: parent) else { return base }
                members.append((key, replacement))
                source = parent.isEmpty ? .object(members) : source.replacing(at: parent, with: .object(members))
            } else {
                source = source.replacing(at: pointer, with: replacement)
            }
        } else if case .object(let members) = source {
            source = .object(members.filter { "/" + $0.key != pointer })
        }
        return source.serialized(indent: nil)
    }

    static func refusal(_ json: String) -> [Diagnostic] {
        do {
            _ = try Repository.engine.render(json: Array(json.utf8))
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func theCompleteDocumentRenders() throws {
        #expect(Self.refusal(Self.complete).isEmpty)
    }

    @Test(arguments: [
        ("/signers", nil, "ND30.PL1.II.7.SIGNERS", "/signers"),
        ("/signers", "[]", "ND30.PL1.II.7.SIGNERS", "/signers"),
        ("/distribution", nil, "ND30.PL1.II.9.DISTRIBUTION", "/distribution"),
        ("/signers/0/name", #""""#, "MODEL.MISSING_FIELD", "/signers/0/name"),
        ("/signers/0/name", #""   ""#, "MODEL.MISSING_FIELD", "/signers/0/name"),
        ("/signer", #"[{"title": "GIÁM ĐỐC", "name": "A"}]"#, "MODEL.UNKNOWN_KEY", "/signer"),
        ("/issuer/parnet", #""UBND TỈNH TRÀ VINH""#, "MODEL.UNKNOWN_KEY", "/issuer/parnet"),
        ("/distribution", #"["Như trên", "Các phòng"]"#, "ND30.PL1.II.9.LAST_DISTRIBUTION", "/distribution/1"),
        ("/distribution", #"["Như trên", "Lưu"]"#, "ND30.PL1.II.9.LAST_DISTRIBUTION", "/distribution/1"),
    ] as [(String, String?, String, String)])
    func aMissingPartIsAnError(pointer: String, value: String?, code: String, path: String) throws {
        let json = try Self.mutate(pointer, value)
        let errors = Self.refusal(json).filter { $0.severity == .error }
        #expect(errors.contains { $0.code.rawValue == code && $0.path == path }, "\(errors.map { "\($0.code) \($0.path)" })")
        // Forced, it renders, and says what it let pass.
        var forced = RenderOptions()
        forced.enforceChecks = false
        if code != "MODEL.MISSING_FIELD" {
            let rendered = try Repository.engine.render(json: Array(json.utf8), options: forced)
            #expect(rendered.diagnostics.contains { $0.code.rawValue == code && $0.forced && $0.severity == .warning })
        }
    }

    @Test func aMisspeltPartSuggestsTheRightOneInBothLanguages() throws {
        let json = try Self.mutate("/distrbution", #"["Như trên", "Lưu: VT, VP"]"#, in: try Self.mutate("/distribution", nil))
        let english = Self.refusal(json).map(\.english)
        let typo = try #require(english.first { $0.path == "/distrbution" })
        #expect(typo.severity == .error)
        #expect(typo.hint == "did you mean 'distribution'?")
        var vietnamese = RenderOptions()
        vietnamese.language = .vi
        do {
            _ = try Repository.engine.render(json: Array(json.utf8), options: vietnamese)
            Issue.record("rendered")
        } catch {
            #expect(error.diagnostics.first { $0.path == "/distrbution" }?.hint == "có phải bạn định viết 'distribution'?")
        }
    }

    /// What real issued documents write is accepted with a warning or a note, so they render.
    @Test(arguments: [
        ("/distribution", #"["Như trên", "Lưu: VT, VP", "NVA.(05b)"]"#, "ND30.PL1.II.9.LAST_DISTRIBUTION", Diagnostic.Severity.warning),
        ("/distribution", #"["Như trên", "Lưu VT, VP"]"#, "ND30.PL1.II.9.LAST_DISTRIBUTION", .warning),
        ("/distribution", #"["Như trên", "Lưu: Văn phòng"]"#, "ND30.PL1.II.9.LAST_DISTRIBUTION", .warning),
    ] as [(String, String, String, Diagnostic.Severity)])
    func realFormsAreWarnings(pointer: String, value: String, code: String, severity: Diagnostic.Severity) throws {
        let json = try Self.mutate(pointer, value)
        #expect(Self.refusal(json).isEmpty)
        let rendered = try Repository.engine.render(json: Array(json.utf8))
        #expect(rendered.diagnostics.contains { $0.code.rawValue == code && $0.severity == severity }, "\(rendered.diagnostics)")
    }

    @Test func anOrganAbbreviationIsNotATypeCode() throws {
        // A công văn of a Cục Thuế: `CT` is the organ, not a chỉ thị.
        let cucThue = try Self.mutate("/number/symbol", #""CT-CS""#)
        let findings = Repository.engine.check(json: Array(cucThue.utf8)).diagnostics
        #expect(!findings.contains { $0.code.rawValue.hasSuffix("TYPE_CODE") }, "\(findings)")
        // `CV` is the Party's code for a công văn, a slip under NĐ30.
        let cv = try Self.mutate("/number/symbol", #""CV-SNV""#)
        #expect(Repository.engine.check(json: Array(cv.utf8)).diagnostics.contains { $0.code == "ND30.PL3.I.TYPE_CODE" })
    }

    @Test func aPartyQuyDinhNumberedQDIsANote() throws {
        let example = try String(contentsOfFile: Repository.root + "/examples/party-quyet-dinh.json", encoding: .utf8)
        var source = try JSONParser.parse(Array(example.utf8))
        source = source.replacing(at: "/type", with: .string("quy-dinh")).replacing(at: "/profile", with: .string("hd36"))
            .replacing(at: "/number/symbol", with: .string("QĐ/TU"))
        let json = source.serialized(indent: nil)
        let findings = Repository.engine.check(json: Array(json.utf8)).diagnostics.filter { $0.code == "HD36.B8.TYPE_CODE" }
        #expect(findings.map(\.severity) == [.note], "\(findings)")
    }

    @Test func theCommandLineRefusesAndForceRenders() throws {
        let dir = try Repository.temporaryDirectory()
        let input = dir.appendingPathComponent("thieu.json")
        try Data(try Self.mutate("/signers", nil).utf8).write(to: input)
        let output = dir.appendingPathComponent("thieu.pdf").path
        let refused = try Run.program(Repository.cli.path, ["render", "--lang", "vi", input.path, "-o", output])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("lỗi[ND30.PL1.II.7.SIGNERS]: văn bản chưa có người ký"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        let forced = try Run.program(Repository.cli.path, ["render", "--force", input.path, "-o", output])
        #expect(forced.status == 0)
        #expect(FileManager.default.fileExists(atPath: output))
        let batch = try Run.program(Repository.cli.path, ["batch", input.path, "-o", dir.appendingPathComponent("out").path])
        #expect(batch.status == 1)
    }

    /// A date without its leading zeros is the model's form once padded: `check --fix` pads it.
    @Test func anUnpaddedDateIsCorrected() throws {
        let result = Repository.engine.check(json: Array(try Self.mutate("/date", #""2024-3-5""#).utf8))
        let finding = try #require(result.diagnostics.first { $0.code == "MODEL.BAD_DATE" })
        #expect(finding.english.hint?.contains("2024-03-05") == true)
        #expect(result.fixes.contains { $0.path == "/date" && $0.replacement == .string("2024-03-05") })
    }

    /// A misspelt key is an error even when the document has other data errors.
    @Test func aMisspeltKeyBesideADataErrorIsAnErrorToo() throws {
        let json = try Self.mutate("/signers", #"[{"title": "GIÁM ĐỐC", "nmae": "Nguyễn Văn An"}]"#)
        let refused = Self.refusal(json)
        #expect(refused.contains { $0.code == "MODEL.MISSING_FIELD" })
        #expect(refused.contains { $0.code == "MODEL.UNKNOWN_KEY" && $0.severity == .error && $0.path == "/signers/0/nmae" }, "\(refused)")
        let checked = Repository.engine.check(json: Array(json.utf8)).diagnostics
        #expect(checked.contains { $0.code == "MODEL.UNKNOWN_KEY" && $0.severity == .error })
    }
}

/// Headings in the faces offices use stay headings.
@Suite struct HeadingStyleTests {
    @Test func aStyledHeadingKeepsItsFaceAndItsPlace() throws {
        let json = #"{"type": "bao-cao", "subject": "thử", "body": [{"heading": "a)", "title": "Đối tượng áp dụng", "style": "italic"}, "Nội dung."], "signers": [{"title": "GIÁM ĐỐC", "name": "A"}], "distribution": ["Lưu: VT"]}"#
        let result = Repository.engine.check(json: Array(json.utf8))
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let (document, _, _) = try DocumentDecoder.decodeWithSource(Array(json.utf8))
        let laidOut = try Repository.engine.layout(document)
        let heading = try #require(laidOut.lines.first { $0.path == "/body/0" })
        #expect(heading.runs.allSatisfy { $0.style == .italic }, "\(heading.runs.map(\.style))")
        #expect(DocumentEncoder.json(document)["body"].map { "\($0)" }?.contains("italic") == true)
    }
}
