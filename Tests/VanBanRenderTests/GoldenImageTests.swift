import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// What only pixels show: stacked Vietnamese diacritics in the four faces, as poppler draws our PDF.
/// The golden (`Goldens/diacritics-r100.png`) was looked at and found correct; set
/// `VANBAN_UPDATE_GOLDENS=1` to write a new one after a deliberate change, and look at it again.
@Suite struct GoldenImageTests {
    static let golden = Repository.root + "/Tests/VanBanRenderTests/Goldens/diacritics-r100.png"

    static var document: Document {
        let line = "ẪỄỖẶẬỢỰ ị Ấ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ Ế Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ"
        let lower = "ẫễỗặậợự ấầẩẫậ ắằẳẵặ ếềểễệ ốồổỗộ ớờởỡợ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự"
        let body = ["", "**", "*", "***"].map { m in Block.paragraph(Paragraph("\(m)\(line)\n\(lower)\(m)")) }
        return Document(type: "van-ban", date: PartialDate(iso: "2024-03-05"), body: body, closing: "")
    }

    @Test func diacriticsMatchTheGolden() throws {
        let pdf = try Repository.engine.render(Self.document, options: .unchecked).pdf
        let dir = try Repository.temporaryDirectory()
        let pdfPath = dir.appendingPathComponent("d.pdf").path
        try Data(pdf).write(to: URL(fileURLWithPath: pdfPath))
        // 100 dpi, grey, cropped to the text block (x 28–200 mm, y 15–99 mm).
        let result = try Run.program("pdftoppm", ["-r", "100", "-gray", "-png", "-singlefile", "-f", "1", "-l", "1",
                                                  "-x", "110", "-y", "60", "-W", "680", "-H", "330",
                                                  pdfPath, dir.appendingPathComponent("d").path])
        #expect(result.status == 0, "\(result.stderr)")
        let rendered = dir.appendingPathComponent("d.png").path
        if ProcessInfo.processInfo.environment["VANBAN_UPDATE_GOLDENS"] == "1" {
            _ = try? FileManager.default.removeItem(atPath: Self.golden)
            try FileManager.default.copyItem(atPath: rendered, toPath: Self.golden)
        }
        let difference = try #require(ImageCompare.compare(rendered, Self.golden), "golden missing or of another size")
        // Anti-aliasing may differ slightly between poppler builds; a wrong or missing mark changes far more.
        #expect(difference.fraction < 0.002, "\(difference.differing) of \(difference.width * difference.height) pixels differ")
    }
}
