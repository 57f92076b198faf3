import Foundation
import Testing
import VanBan
import VanBanLayout
import VanBanTestSupport

/// Issue 8: every thể thức rule, passing and failing, with its fix.
@Suite struct LintTests {
    /// A correct NĐ30 quyết định and a correct Party công văn.
    static let state = #"""
        {"profile": "nd30", "type": "quyet-dinh", "issuer": {"parent": "UBND TỈNH TRÀ VINH", "name": "SỞ NỘI VỤ"},
         "number": {"seq": 5, "symbol": "QĐ-SNV"}, "place": "Trà Vinh", "date": "2024-03-05", "subject": "Về việc thử",
         "bases": ["Căn cứ Luật Tổ chức chính quyền địa phương", "Theo đề nghị của Chánh Văn phòng"],
         "body": [{"heading": "Điều 1.", "text": "Hòa giải, thủy lợi."}],
         "signers": [{"authority": ["KT. GIÁM ĐỐC"], "title": "PHÓ GIÁM ĐỐC", "name": "Nguyễn Văn An"}],
         "distribution": ["Như Điều 1", "Lưu: VT, VP"]}
        """#
    static let party = #"""
        {"profile": "hd36", "type": "cong-van", "issuer": {"parent": "TỈNH ỦY TRÀ VINH", "name": "BAN TUYÊN GIÁO"},
         "number": {"seq": 405, "symbol": "CV/BTGTU"}, "place": "Trà Vinh", "date": "2021-08-24", "subject": "thử",
         "addressees": ["Các huyện ủy"], "body": ["Nội dung."],
         "signers": [{"authority": "K/T TRƯỞNG BAN", "title": "PHÓ TRƯỞNG BAN", "name": "Trần Văn B"}],
         "distribution": ["Như trên", "Lưu Văn phòng"]}
        """#

    static func check(_ json: String, options: RenderOptions = RenderOptions()) -> CheckResult {
        Repository.engine.check(json: Array(json.utf8), options: options)
    }

    /// `base` with the value at `pointer` replaced by `value` (JSON text).
    static func mutate(_ base: String, _ pointer: String, _ value: String) throws -> String {
        let source = try JSONParser.parse(Array(base.utf8))
        let replacement = try JSONParser.parse(Array(value.utf8))
        if source.value(at: pointer) == nil, case .object(var members) = source, pointer.split(separator: "/").count == 1 {
            members.append((String(pointer.dropFirst()), replacement))  // a new top-level member
            return JSONValue.object(members).serialized(indent: nil)
        }
        return source.replacing(at: pointer, with: replacement).serialized(indent: nil)
    }

    /// A công văn's trích yếu written with its `V/v` would print `V/v V/v …`; a quyết định's
    /// `Về việc …` is its own text and stays.
    @Test func subjectPrefixOfACongVan() throws {
        let example = try String(contentsOfFile: Repository.root + "/examples/cong-van.json", encoding: .utf8)
        for (value, pointer) in [(#""V/v đề nghị cử công chức""#, "/subject"), (#"["V/V đề nghị cử", "công chức"]"#, "/subject/0")] {
            let result = Self.check(try Self.mutate(example, "/subject", value))
            let finding = try #require(result.diagnostics.first { $0.code == "ND30.PL1.II.5.SUBJECT_PREFIX" }, "\(result.diagnostics)")
            #expect(finding.severity == .error)
            #expect(finding.path == pointer)
            let fixed = try #require(result.corrected)
            #expect(Self.check(fixed.serialized(indent: nil)).diagnostics.allSatisfy { !$0.code.rawValue.hasSuffix("SUBJECT_PREFIX") })
            #expect(fixed.value(at: pointer) == .string(pointer == "/subject" ? "đề nghị cử công chức" : "đề nghị cử"))
        }
        #expect(Self.check(Self.state).diagnostics.allSatisfy { !$0.code.rawValue.hasSuffix("SUBJECT_PREFIX") }, "quyết định: 'Về việc thử' stays")
    }

    @Test func correctDocumentsPass() {
        for base in [Self.state, Self.party] {
            let result = Self.check(base)
            #expect(result.diagnostics.filter { $0.code != "PROFILE.SELECTED" }.isEmpty, "\(result.diagnostics)")
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var base: String
        var pointer: String
        var value: String
        var code: String
        var fixed: String?
        /// Where the finding points, when not at the changed value.
        var findingPath: String? = nil
        var testDescription: String { "\(code) at \(pointer) = \(value)" }
    }

    static let cases: [Case] = [
        Case(base: state, pointer: "/number/seq", value: "0", code: "ND30.PL1.II.3.NUMBER_SEQ", fixed: nil),
        Case(base: state, pointer: "/number/symbol", value: #""Số: 05/QĐ-SNV""#, code: "ND30.PL1.II.3.SYMBOL_FORM", fixed: "QĐ-SNV"),
        Case(base: state, pointer: "/number/symbol", value: #""QĐ - SNV""#, code: "ND30.PL1.II.3.SYMBOL_FORM", fixed: "QĐ-SNV"),
        Case(base: state, pointer: "/number/symbol", value: #""QD-SNV""#, code: "ND30.PL3.I.TYPE_CODE", fixed: "QĐ-SNV"),
        Case(base: state, pointer: "/number/symbol", value: #""CT-SNV""#, code: "ND30.PL3.I.TYPE_CODE", fixed: nil),
        Case(base: state, pointer: "/place", value: #""Trà Vinh, ngày 05 tháng 3 năm 2024""#, code: "ND30.PL1.II.4.PLACE", fixed: nil),
        Case(base: state, pointer: "/signers/0/authority/0", value: #""T/M ỦY BAN NHÂN DÂN""#, code: "ND30.PL1.II.7.AUTHORITY_PREFIX",
             fixed: "TM. ỦY BAN NHÂN DÂN"),
        Case(base: state, pointer: "/signers/0/authority/0", value: #""K.T GIÁM ĐỐC""#, code: "ND30.PL1.II.7.AUTHORITY_PREFIX",
             fixed: "KT. GIÁM ĐỐC"),
        Case(base: state, pointer: "/signers/0/authority/0", value: #""UQ. GIÁM ĐỐC""#, code: "ND30.PL1.II.7.AUTHORITY_PREFIX", fixed: nil),
        Case(base: state, pointer: "/signers/0/name", value: #""PGS.TS. Nguyễn Văn An""#, code: "ND30.PL1.II.7.ACADEMIC_TITLE",
             fixed: "Nguyễn Văn An"),
        Case(base: state, pointer: "/bases/0", value: #""Căn cứ Luật Tổ chức chính quyền địa phương.""#,
             code: "ND30.PL1.II.6.BASES_PUNCTUATION", fixed: "Căn cứ Luật Tổ chức chính quyền địa phương"),
        Case(base: state, pointer: "/distribution/1", value: #""Lưu VT, VP""#, code: "ND30.PL1.II.9.LAST_DISTRIBUTION", fixed: "Lưu: VT, VP"),
        Case(base: state, pointer: "/distribution/1", value: #""Các phòng""#, code: "ND30.PL1.II.9.LAST_DISTRIBUTION", fixed: nil),
        Case(base: state, pointer: "/body/0/text", value: #""Độc lập – Tự do – Hạnh phúc""#, code: "ND30.PL1.II.1.MOTTO",
             fixed: "Độc lập - Tự do - Hạnh phúc"),
        Case(base: state, pointer: "/body/0/text", value: #""Cộng Hòa Xã Hội Chủ Nghĩa Việt Nam""#, code: "ND30.PL1.II.1.NATIONAL_TITLE",
             fixed: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        Case(base: state, pointer: "/body/0/text", value: #""Thực hiện Kế hoạch ngày 5 tháng 03 năm 2024 và ngày 24 tháng 1 năm 2024.""#,
             code: "ND30.PL1.II.4.DATE_PADDING", fixed: "Thực hiện Kế hoạch ngày 05 tháng 3 năm 2024 và ngày 24 tháng 01 năm 2024."),
        Case(base: party, pointer: "/signers/0/authority", value: #""KT. TRƯỞNG BAN""#, code: "HD36.B6.AUTHORITY_PREFIX",
             fixed: "K/T TRƯỞNG BAN"),
        Case(base: party, pointer: "/distribution/1", value: #""Lưu: Văn phòng""#, code: "HD36.B7.LAST_DISTRIBUTION", fixed: "Lưu Văn phòng"),
        Case(base: party, pointer: "/number/symbol", value: #""405-CV/BTGTU""#, code: "HD36.B4.SYMBOL_FORM", fixed: "CV/BTGTU"),
        Case(base: party, pointer: "/number/symbol", value: #""BC/BTGTU""#, code: "HD36.B8.TYPE_CODE", fixed: nil),
        Case(base: party, pointer: "/subject", value: #""V/v thử""#, code: "HD36.B3.SUBJECT_PREFIX", fixed: "thử"),
        Case(base: party, pointer: "/subject", value: #""Về việc: thử""#, code: "HD36.B3.SUBJECT_PREFIX", fixed: "thử"),
    ]

    @Test(arguments: cases)
    func eachRuleFailsAndFixes(_ c: Case) throws {
        let result = Self.check(try Self.mutate(c.base, c.pointer, c.value))
        let finding = try #require(result.diagnostics.first { $0.code.rawValue == c.code }, "\(result.diagnostics)")
        #expect(finding.path == (c.findingPath ?? c.pointer))
        let fix = result.fixes.last { $0.path == c.pointer }
        if let fixed = c.fixed {
            #expect(fix?.replacement == .string(fixed))
            // The corrected document passes that rule.
            let corrected = try #require(result.corrected)
            let again = Self.check(corrected.serialized(indent: 2))
            #expect(!again.diagnostics.contains { $0.code.rawValue == c.code }, "\(again.diagnostics)")
        } else {
            #expect(fix == nil)
        }
    }

    @Test func kinhGuiOnlyWhereTheTypeHasIt() throws {
        let result = Self.check(try Self.mutate(Self.state, "/addressees", #"["Các phòng"]"#))
        let finding = try #require(result.diagnostics.first { $0.code == "ND30.PL1.II.9.ADDRESSEES" })
        #expect(finding.severity == .warning)
        #expect(Self.check(Self.party).diagnostics.allSatisfy { !$0.code.rawValue.hasSuffix("ADDRESSEES") })
    }

    @Test func toneStyles() throws {
        // Mixed: a warning naming both, no fix.
        let mixed = Self.check(try Self.mutate(Self.state, "/body/0/text", #""Hòa giải, thủy lợi, khoẻ mạnh.""#))
        let warning = try #require(mixed.diagnostics.first { $0.code == "ND30.TONE_STYLE" })
        #expect(warning.english.message.contains("2 words in the old style") && warning.english.message.contains("1 in the new"))
        #expect(mixed.fixes.isEmpty)
        // One style: nothing to say unless the office chose the other.
        #expect(Self.check(Self.state).diagnostics.isEmpty)
        let chosen = Self.check(Self.state, options: RenderOptions(toneStyle: .new))
        let finding = try #require(chosen.diagnostics.first { $0.code == "ND30.TONE_STYLE" })
        #expect(finding.path == "/body/0/text")
        #expect(chosen.fixes.first?.replacement == .string("Hoà giải, thuỷ lợi."))
    }

    @Test func renderRefusesCheckErrorsUnlessForced() throws {
        let bad = try Self.mutate(Self.state, "/signers/0/name", #""TS. Nguyễn Văn An""#)
        #expect(throws: DiagnosticError.self) { try Repository.engine.render(json: Array(bad.utf8)) }
        let forced = try Repository.engine.render(json: Array(bad.utf8), options: RenderOptions(enforceChecks: false))
        let finding = try #require(forced.diagnostics.first { $0.code == "ND30.PL1.II.7.ACADEMIC_TITLE" })
        #expect(finding.severity == .warning)
        #expect(finding.english.message.contains("--force"))
    }

    /// No example has a thể thức error (warnings are allowed, none occur today).
    @Test(arguments: Repository.examples)
    func examplesPassTheChecks(path: String) throws {
        let json = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = Repository.engine.check(json: Array(json), options: RenderOptions(baseDirectory: URL(fileURLWithPath: path).deletingLastPathComponent().path))
        #expect(!result.hasErrors, "\(result.diagnostics)")
    }

    @Test func theCommandLineChecksAndFixes() throws {
        let dir = try Repository.temporaryDirectory()
        let file = dir.appendingPathComponent("qd.json")
        try Data(try Self.mutate(Self.state, "/signers/0/name", #""ThS. Nguyễn Văn An""#).utf8).write(to: file)
        let cli = Repository.cli.path
        let first = try Run.program(cli, ["check", file.path])
        #expect(first.status == 1)
        #expect(first.stderr.contains("qd.json:/signers/0/name: error[ND30.PL1.II.7.ACADEMIC_TITLE]"))
        let json = try Run.program(cli, ["check", file.path, "--format", "json"])
        let line = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let items = try #require(line["diagnostics"] as? [[String: Any]])
        #expect(items.first?["code"] as? String == "ND30.PL1.II.7.ACADEMIC_TITLE")
        let fixed = try Run.program(cli, ["check", file.path, "--fix"])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stderr.contains("made 1 correction"))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"name\": \"Nguyễn Văn An\""))
        #expect(try Run.program(cli, ["check", file.path]).status == 0)
    }
}
