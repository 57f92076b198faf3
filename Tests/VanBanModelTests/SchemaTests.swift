import Foundation
import Testing
@testable import VanBanModel

/// `schema/document.schema.json` and the decoder describe the same model.
@Suite struct SchemaTests {
    let schema: JSONValue = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema/document.schema.json")
        return (try? JSONParser.parse(Array((try? Data(contentsOf: url)) ?? Data()))) ?? .null
    }()

    /// A document with every field set.
    let full = Document(
        profile: "nd30", type: "quyet-dinh", issuer: Issuer(parent: ["A"], name: ["B"]), issuedBy: "C",
        number: DocumentNumber(seq: 1, symbol: "QĐ-X"), place: "P", date: PartialDate(iso: "2024-03-05"),
        created: Timestamp(iso: "2024-03-05T09:00:00+07:00"), title: "T", subject: ["S"], authority: ["AU"],
        addressees: ["X"], addresseeLabel: "L", bases: ["Căn cứ"], decision: "QUYẾT ĐỊNH:",
        body: [.paragraph(Paragraph("p", align: .left, indent: false, style: .italic)), .heading(Heading("Điều 1.", title: "t", text: "x")),
               .center("c"), .list(ListBlock(items: [ListItem("i", sublist: ListBlock(["j"], marker: "a)"))], marker: "+")),
               .table(Table(columns: [TableColumn(width: .relative(2)), TableColumn(width: .fit, align: .right)],
                            header: [[TableCell("A"), TableCell("B")]],
                            rows: [.group("I. X"), .cells([TableCell("1", colspan: 1, rowspan: 2, align: .center, valign: .middle, style: .bold),
                                                           TableCell("2")]), .cells([TableCell("3")])],
                            numbered: true, size: 12, caption: "Bảng 1")),
               .together([.paragraph(Paragraph("k"))]), .pageBreak],
        closing: "./.", signers: [Signer(caption: ["c"], authority: ["a"], title: ["t"], name: "n", after: ["f"], signature: "s.png",
                                                 seal: "data:image/png;base64,AA==", sealSize: .mm(36))],
        distribution: ["Lưu: VT"], drafter: "D", contact: ["E"],
        attachments: [Attachment(type: "quy-che", title: "Q", subject: ["s"], reference: "r", body: ["x"].map { .paragraph(Paragraph($0)) },
                                 signers: [Signer(name: "n")], appendices: [Appendix(title: ["M"], body: [])])],
        appendices: [Appendix(title: ["T"], label: "Phụ lục A", reference: "", landscape: true, body: [.paragraph(Paragraph("x"))])],
        marks: Marks(urgency: "KHẨN", secrecy: "MẬT", circulation: "LƯU HÀNH NỘI BỘ", draft: "Dự thảo lần 2"),
        copy: CopyBlock(form: "SAO Y", issuer: Issuer(name: ["VP"]), number: DocumentNumber(seq: 1, symbol: "SY-VP"), place: "P",
                        date: PartialDate(iso: "2024-03-07"), signers: [Signer(name: "n")], distribution: ["Lưu: VT"]),
        keywords: ["k"],
        signingInfo: SigningInfo(text: "Sở Nội vụ", time: Timestamp(iso: "2024-03-05T09:30:15+07:00")!))

    private func keys(_ value: JSONValue?) -> Set<String> {
        guard case .object(let members)? = value else { return [] }
        return Set(members.map(\.key))
    }

    @Test func topLevelKeysMatch() {
        let encoded = DocumentEncoder.json(full)
        #expect(keys(encoded) == keys(schema["properties"]))
    }

    @Test func signerAndAttachmentKeysMatch() {
        let encoded = DocumentEncoder.json(full)
        guard case .array(let signers)? = encoded["signers"], case .array(let attachments)? = encoded["attachments"] else {
            Issue.record("encoding lost signers or attachments")
            return
        }
        #expect(keys(signers.first) == keys(schema["$defs"]?["signer"]?["properties"]))
        #expect(keys(attachments.first) == keys(schema["$defs"]?["attachment"]?["properties"]))
    }

    @Test func everyBlockKindIsInTheSchema() {
        guard case .array(let kinds)? = schema["$defs"]?["block"]?["oneOf"] else {
            Issue.record("no block kinds in the schema")
            return
        }
        let schemaKinds = Set(kinds.compactMap { kind -> String? in
            guard case .array(let required)? = kind["required"], case .string(let key)? = required.first else { return nil }
            return key
        })
        let encodedKinds = Set(full.body.compactMap { block -> String? in
            guard case .object(let members) = DocumentEncoder.block(block) else { return nil }
            return members.first?.key
        })
        #expect(schemaKinds == encodedKinds)
    }

    @Test func theFullDocumentDecodesWithoutWarnings() throws {
        let text = DocumentEncoder.json(full).serialized()
        let (decoded, warnings) = try DocumentDecoder.decode(Array(text.utf8))
        #expect(warnings.isEmpty)
        #expect(decoded == full)
    }
}
