import Foundation
import Testing
import VanBanModel
import VanBanTestSupport
@testable import VanBanLayout
import VanBanText
import VanBanProfile

@Suite struct ProfileTests {
    let base = Array((try? Data(contentsOf: URL(fileURLWithPath: Repository.root + "/layouts/nd30.json"))) ?? Data())

    func derived(_ overlay: String) throws(DiagnosticError) -> Profile {
        try ProfileDecoder.decode(Array(overlay.utf8)) { $0 == "nd30" ? base : nil }
    }

    @Test func everyNd30ValueCitesItsSource() throws {
        guard case .object(let styles)? = try JSONParser.parse(base)["styles"] else {
            Issue.record("no styles")
            return
        }
        for (name, value) in styles where !name.hasPrefix("$") {
            guard case .string(let source)? = value["source"] else {
                Issue.record("styles.\(name) has no source")
                continue
            }
            #expect(source.contains("PL") || source.contains("[P]") || source.contains("NĐ30"), "styles.\(name): \(source)")
        }
    }

    @Test func aProfileExtendsAnotherAndOverridesOnlyWhatItNames() throws {
        let office = try derived(#"{ "extends": "nd30", "id": "office", "margins": { "left": "35mm" }, "styles": { "body": { "size": 13 } } }"#)
        let nd30 = try ProfileDecoder.decode(base)
        #expect(office.id == "office")
        #expect(office.margins.left == .mm(35) && office.margins.right == nd30.margins.right)
        #expect(office.style(.body).paragraph.size == .pt(13))
        #expect(office.style(.body).paragraph.firstLineIndent == .cm(1))
        #expect(office.types.count == nd30.types.count)
    }

    @Test func aSizeOutsideItsRangeIsRefused() {
        #expect(throws: DiagnosticError.self) {
            try derived(#"{ "extends": "nd30", "id": "bad", "styles": { "nationalTitle": { "size": 14 } } }"#)
        }
    }

    @Test func theNationalTitleDropsTo12PointsWhenItsColumnIsNarrow() throws {
        // A right column of at most 57 % of the text (94 mm, 90 mm inside its padding) cannot hold
        // the title at 13 pt (96 mm) but can at 12 pt (88 mm).
        let narrow = try derived(#"{ "extends": "nd30", "id": "narrow", "header": { "rightMin": 0.5, "rightMax": 0.57 } }"#)
        let document = Document(type: "cong-van", issuer: Issuer(name: ["SỞ NỘI VỤ"]), number: DocumentNumber(seq: 1, symbol: "SNV"),
                                place: "Huế", date: PartialDate(iso: "2024-03-05"))
        let shaper = HarfBuzzShaper(fonts: Repository.fonts)
        let laidOut = try DocumentLayouter(profile: narrow, shaper: shaper).layout(Resolver.resolve(document, profile: narrow))
        let title = try #require(laidOut.lines.first { $0.role == "national-title" })
        #expect(laidOut.lines.filter { $0.role == "national-title" }.count == 1)
        #expect(title.size == .pt(12))
        let note = try #require(laidOut.diagnostics.first { $0.code == "LAYOUT.SIZE_IN_RANGE" })
        #expect(note.severity == .note && note.english.message.contains("12 pt instead of 13 pt"))
    }
}
