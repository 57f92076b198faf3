import Foundation
import VanBan
import VanBanPages

/// The text the quality of line breaking is measured on (docs/typography.md): every bundled
/// example, and 1,200 generated paragraphs of administrative prose, made from the sentences of
/// `Tests/Fixtures/typography/cau-van-hanh-chinh.txt` by a seeded generator (the same paragraphs
/// on every run), set as the bodies of NĐ30 and HD36 công văn.
public enum TypographyCorpus {
    /// The sentences of the fixture, in file order.
    public static func sentences(root: String = Repository.root) throws -> [String] {
        let text = try String(contentsOfFile: root + "/Tests/Fixtures/typography/cau-van-hanh-chinh.txt", encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// `count` paragraphs of one to five sentences each.
    public static func paragraphs(count: Int = 1200, root: String = Repository.root) throws -> [String] {
        let sentences = try sentences(root: root)
        var state: UInt64 = 0x5EED_2026
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        return (0..<count).map { _ in (0...next(5)).map { _ in sentences[next(sentences.count)] }.joined(separator: " ") }
    }

    /// The generated paragraphs as công văn bodies, 40 paragraphs each, alternating the state and
    /// the Party profile (their measures and line pitches differ).
    public static func documents(root: String = Repository.root) throws -> [Document] {
        let paragraphs = try paragraphs(root: root)
        return stride(from: 0, to: paragraphs.count, by: 40).enumerated().map { index, start in
            let party = index % 2 == 1
            var document = Document(
                type: "cong-van", issuer: Issuer(parent: [party ? "TỈNH ỦY TRÀ VINH" : "UBND TỈNH TRÀ VINH"], name: [party ? "BAN TUYÊN GIÁO" : "SỞ NỘI VỤ"]),
                number: DocumentNumber(seq: index + 1, symbol: party ? "CV/BTGTU" : "SNV-VP"), place: "Trà Vinh",
                date: PartialDate(iso: "2024-03-05"), subject: ["đo chất lượng xuống dòng"],
                body: paragraphs[start..<min(start + 40, paragraphs.count)].map { .paragraph(Paragraph($0)) },
                signers: [Signer(title: ["GIÁM ĐỐC"], name: "Nguyễn Văn An")], distribution: ["Như trên", party ? "Lưu BTGTU" : "Lưu: VT, VP"])
            document.profile = party ? "hd36" : "nd30"
            return document
        }
    }

    /// The spacing of every justified line of the examples and the generated documents.
    public static func survey(_ engine: Engine = Repository.engine, root: String = Repository.root) throws -> WordSpacingSurvey {
        var survey = WordSpacingSurvey()
        let examples = try FileManager.default.contentsOfDirectory(atPath: root + "/examples").filter { $0.hasSuffix(".json") }.sorted()
        for name in examples {
            let json = try Data(contentsOf: URL(fileURLWithPath: root + "/examples/" + name))
            let (document, _, _) = try DocumentDecoder.decodeWithSource(Array(json))
            survey.add(try engine.layout(document))
        }
        for document in try documents(root: root) { survey.add(try engine.layout(document)) }
        return survey
    }
}
