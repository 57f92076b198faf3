import Foundation
import Testing
import VanBan
import VanBanLayout
import VanBanModel
import VanBanTestSupport

/// Issue 6: signing-ready output. Boxes for signatures and seals, empty `/Sig` fields added as an
/// incremental update that a real signer (pyHanko) fills and validates, signature and seal images,
/// ô 14, and the blanks of a draft.
enum Signing {
    static let seed = Repository.root + "/examples/cong-van-405-CV-BTGTU.json"
    static let signedExample = Repository.root + "/examples/cong-van-ky-so.json"
    static let joint = Repository.root + "/examples/lien-tich.json"

    static func render(_ path: String, fields: Bool = false, pdfa: Bool = false) throws -> Rendered {
        let json = try Data(contentsOf: URL(fileURLWithPath: path))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var options = RenderOptions(baseDirectory: folder, signatureFields: fields)
        options.pdfa = pdfa
        return try Repository.engine.render(json: Array(json), options: options)
    }

    static func render(json: String, folder: String? = nil) throws(DiagnosticError) -> Rendered {
        try Repository.engine.render(json: Array(json.utf8), options: RenderOptions(baseDirectory: folder))
    }

    /// `qpdf --check` exit status and output.
    static func qpdfCheck(_ pdf: [UInt8]) throws -> ProcessResult {
        try Run.program("qpdf", ["--check", try Run.write(pdf).path])
    }

    /// The names `pdfsig` lists, with whether each is signed.
    static func pdfsigFields(_ pdf: [UInt8]) throws -> [(name: String, signed: Bool)] {
        let result = try Run.program("pdfsig", [try Run.write(pdf).path])
        var fields: [(String, Bool)] = []
        for line in result.text.split(separator: "\n") {
            if let range = line.range(of: "Signature Field Name: ") {
                fields.append((String(line[range.upperBound...]), true))
            } else if line.contains("not signed"), !fields.isEmpty {
                fields[fields.count - 1].1 = false
            }
        }
        return fields
    }

    /// A self-signed test certificate and its key, made with openssl.
    static func testCertificate(in dir: URL) throws -> (key: String, cert: String) {
        let key = dir.appendingPathComponent("key.pem").path, cert = dir.appendingPathComponent("cert.pem").path
        let result = try Run.program("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                                 "-subj", "/CN=VanBan Test", "-days", "2",
                                                 "-addext", "keyUsage=digitalSignature,nonRepudiation"])
        guard result.status == 0 else { throw RunError(message: "openssl: \(result.stderr)") }
        return (key, cert)
    }
}

@Suite struct SignatureFieldTests {
    @Test func fieldsAreAnIncrementalUpdateOfTheSamePDF() throws {
        let plain = try Signing.render(Signing.seed)
        let withFields = try Signing.render(Signing.seed, fields: true)
        // The update is appended: every byte of the unsigned PDF is kept, in place.
        #expect(withFields.pdf.count > plain.pdf.count)
        #expect(Array(withFields.pdf.prefix(plain.pdf.count)) == plain.pdf)
        for pdf in [plain.pdf, withFields.pdf] {
            let check = try Signing.qpdfCheck(pdf)
            #expect(check.status == 0, "\(check.text) \(check.stderr)")
            #expect(check.text.contains("No syntax or stream encoding errors found"))
        }
        // One field per signer and one for the seal, all empty.
        let fields = try Signing.pdfsigFields(withFields.pdf)
        #expect(fields.map(\.name) == ["Signer1", "OrganSeal"])
        #expect(fields.allSatisfy { !$0.signed })
        #expect(try Signing.pdfsigFields(plain.pdf).isEmpty)
        // The text is the same with and without fields.
        #expect(try Run.pdftotext(withFields.pdf) == (try Run.pdftotext(plain.pdf)))
    }

    @Test func aJointDocumentHasAFieldForEverySignerAndSeal() throws {
        let rendered = try Signing.render(Signing.joint, fields: true)
        #expect(try Signing.pdfsigFields(rendered.pdf).map(\.name) == ["Signer1", "OrganSeal", "Signer2", "OrganSeal2"])
    }

    /// pyHanko (pinned in `scripts/ensure-deps.sh --test`) signs each empty field in its own
    /// incremental revision; every signature must be intact, valid, trusted against the test root
    /// and cover the whole unsigned file.
    @Test func pyHankoSignsEveryFieldAndEverySignatureValidates() throws {
        let python = Repository.root + "/.venv-tests/bin/python3"
        try #require(FileManager.default.isExecutableFile(atPath: python),
                     "pyHanko is missing: run `make test` (it runs scripts/ensure-deps.sh --test) to create .venv-tests")
        let dir = try Repository.temporaryDirectory()
        let (key, cert) = try Signing.testCertificate(in: dir)
        // Plain and PDF/A-2u (docs/pdfa.md): the signed PDF/A file still says it is one.
        for (example, pdfa) in [Signing.seed, Signing.signedExample, Signing.joint].flatMap({ path in [(path, false), (path, true)] }) {
            let unsigned = dir.appendingPathComponent("unsigned.pdf"), signed = dir.appendingPathComponent("signed.pdf")
            try Data(try Signing.render(example, fields: true, pdfa: pdfa).pdf).write(to: unsigned)
            let script = Repository.root + "/Tests/VanBanRenderTests/Scripts/sign_and_validate.py"
            let result = try Run.program(python, [script, unsigned.path, key, cert, signed.path])
            #expect(result.status == 0, "\(example): \(result.text) \(result.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            #expect(report["ok"] as? Bool == true)
            let signatures = report["signatures"] as? [[String: Any]] ?? []
            #expect(signatures.count == (report["fields"] as? [String])?.count)
            #expect(signatures.allSatisfy { $0["intact"] as? Bool == true && $0["valid"] as? Bool == true })
            // poppler agrees: every field now signed, and the signed file is still clean.
            let signedPDF = Array(try Data(contentsOf: signed))
            #expect(try Signing.pdfsigFields(signedPDF).allSatisfy(\.signed))
            #expect(try Signing.qpdfCheck(signedPDF).status == 0)
            if pdfa {
                // pyHanko rewrites the XMP packet in its revision (properties as attributes); the
                // identification must survive it.
                let metadata = try Run.program("pdfinfo", ["-meta", signed.path]).text
                let part = metadata.contains("<pdfaid:part>2</pdfaid:part>") || metadata.contains("pdfaid:part=\"2\"")
                let conformance = metadata.contains("<pdfaid:conformance>U</pdfaid:conformance>") || metadata.contains("pdfaid:conformance=\"U\"")
                #expect(part && conformance, "\(example)")
            }
        }
    }
}

extension SignatureFieldTests {
    /// The issuing step on a draft without number and day (docs/model.md, "Signature fields"):
    /// the leader signs Signer1, the văn thư stamps SoVanBan with the number, NgayVanBan with the
    /// day and OrganSeal with the seal image; after each revision every earlier signature still
    /// validates with only allowed changes, and the page shows the stamps where NĐ30 puts them.
    @Test func theIssuingStepKeepsEveryEarlierSignature() throws {
        let python = Repository.root + "/.venv-tests/bin/python3"
        try #require(FileManager.default.isExecutableFile(atPath: python), "run `make test` to create .venv-tests")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Signing.seed))) as! [String: Any]
        json["number"] = ["symbol": "CV/BTGTU"]
        json["date"] = "2021-08"
        let draft = try JSONSerialization.data(withJSONObject: json)
        var options = RenderOptions(baseDirectory: Repository.root + "/examples", signatureFields: true)
        options.pdfa = true
        let rendered = try Repository.engine.render(json: Array(draft), options: options)
        #expect(try Signing.pdfsigFields(rendered.pdf).map(\.name) == ["SoVanBan", "NgayVanBan", "Signer1", "OrganSeal"])

        let dir = try Repository.temporaryDirectory()
        let (key, cert) = try Signing.testCertificate(in: dir)
        let unsigned = dir.appendingPathComponent("draft.pdf"), issued = dir.appendingPathComponent("issued.pdf")
        try Data(rendered.pdf).write(to: unsigned)
        let result = try Run.program(python, [Repository.root + "/Tests/VanBanRenderTests/Scripts/issue_sequence.py", unsigned.path, key, cert,
                                              Repository.root + "/examples/images/con-dau-mau.png", "405", "24", issued.path])
        #expect(result.status == 0, "\(result.text) \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let steps = report["steps"] as? [[String: Any]] ?? []
        #expect(steps.map { $0["signed"] as? String } == ["Signer1", "SoVanBan", "NgayVanBan", "OrganSeal"])
        #expect(steps.last.map { ($0["signatures"] as? [[String: Any]] ?? []).count } == 4)

        // Ink in the number's and the day's blanks, red in the seal's box (page 1 at 72 dpi: 1 px = 1 pt).
        _ = try Run.program("pdftoppm", ["-r", "72", "-png", "-f", "1", "-l", "1", issued.path, dir.appendingPathComponent("page").path])
        let image = try #require(ImageCompare.greys(dir.appendingPathComponent("page-1.png").path))
        func ink(_ box: SignatureBox) -> Int {
            let top = Int(image.height) - Int(box.y + box.height)
            var dark = 0
            for y in max(0, top)..<min(image.height, top + Int(box.height)) {
                for x in max(0, Int(box.x))..<min(image.width, Int(box.x + box.width)) where image.pixels[y * image.width + x] < 128 { dark += 1 }
            }
            return dark
        }
        for role in ["number", "date:day"] {
            let box = try #require(rendered.boxes.first { $0.role.rawValue == role && $0.field != nil }, "\(role)")
            #expect(ink(box) > 10, "\(role): the stamp is printed in its blank")
        }
    }
}

@Suite struct SignatureBoxTests {
    static let examplesWithSigners: [String] = Repository.examples.filter { path in
        guard let data = FileManager.default.contents(atPath: path),
              let document = try? DocumentDecoder.decode(Array(data)).0 else { return false }
        return !document.signers.isEmpty
    }

    /// NĐ30 PL I, II.8 and Điều 33: the seal covers about a third of the signature, on its left.
    @Test(arguments: examplesWithSigners)
    func theSealCoversTheLeftThirdOfTheSignature(path: String) throws {
        let rendered = try Signing.render(path)
        let signatures = rendered.boxes.filter { $0.role.rawValue.hasPrefix("signer:") }
        #expect(!signatures.isEmpty)
        for signature in signatures {
            let index = signature.role.rawValue.dropFirst("signer:".count)
            let seal = try #require(rendered.boxes.first { $0.role.rawValue == "seal:\(index)" })
            #expect(seal.page == signature.page)
            #expect(abs(seal.x + seal.width - (signature.x + signature.width / 3)) < 0.01)
            #expect(abs(seal.y + seal.height / 2 - (signature.y + signature.height / 2)) < 0.01)
            #expect(seal.width > signature.width / 3)
            // Inside the page.
            let page = rendered.layout.pages[signature.page - 1]
            for box in [signature, seal] {
                #expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= page.size.width.points && box.y + box.height <= page.size.height.points)
            }
        }
    }

    /// The signature box is the empty space between the position and the name: no text in it.
    @Test(arguments: examplesWithSigners)
    func signatureBoxesHoldNoText(path: String) throws {
        let rendered = try Signing.render(path)
        for box in rendered.boxes where box.role.rawValue.hasPrefix("signer:") || box.role.rawValue.hasPrefix("copy-signer:") {
            let page = rendered.layout.pages[box.page - 1]
            let top = Length.pt(page.size.height.points - box.y - box.height), bottom = top + .pt(box.height)
            let left = Length.pt(box.x), right = left + .pt(box.width)
            for line in page.lines where !line.runs.isEmpty {
                let overlaps = line.x < right - .pt(0.01) && left < line.right - .pt(0.01)
                    && line.top < bottom - .pt(0.01) && top < line.bottom - .pt(0.01)
                #expect(!overlaps, "\(box.role) overlaps '\(line.text)'")
            }
            // Right under the position line, right above the name.
            let signerLines = page.lines.filter { $0.role.rawValue.hasPrefix("signer-") && $0.x < right && left < $0.right }
            #expect(signerLines.contains { $0.bottom <= top + .pt(0.01) })
            let namesBelow = signerLines.filter { $0.role == "signer-name" && $0.baseline > top }
            if let name = namesBelow.min(by: { $0.baseline < $1.baseline }) { #expect(name.top >= bottom - .pt(0.01)) }
        }
    }

    @Test func theSeedReportsItsBoxes() throws {
        let rendered = try Signing.render(Signing.seed)
        #expect(rendered.boxes.map(\.role) == ["number", "date", "signer:0", "seal:0"])
        let signature = try #require(rendered.boxes.first { $0.role == "signer:0" })
        #expect(signature.field == "Signer1")
        #expect(abs(signature.widthMM - 50) < 0.01)
        #expect(rendered.boxes.first { $0.role == "seal:0" }?.field == "OrganSeal")
        #expect(rendered.boxes.first { $0.role == "number" }?.field == nil)
    }

    /// A draft without its number and day: the blanks are reported where the clerk stamps them.
    @Test func aDraftReportsItsBlanks() throws {
        let rendered = try Signing.render(json: """
            {"type": "cong-van", "issuer": {"name": "SỞ NỘI VỤ"}, "number": {"symbol": "SNV-VP"}, "place": "Trà Vinh",
             "date": "2024", "subject": "thử", "body": ["Nội dung."], "distribution": ["Lưu: VT, VP"], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"}]}
            """)
        let boxes = Dictionary(uniqueKeysWithValues: rendered.boxes.map { ($0.role, $0) })
        let number = try #require(boxes["number"]), date = try #require(boxes["date"])
        let day = try #require(boxes["date:day"]), month = try #require(boxes["date:month"])
        #expect(boxes["date:year"] == nil)
        let numberLine = try #require(rendered.layout.line("number"))
        // The number's blank is inside "Số:       /SNV-VP", after "Số:" and before the symbol.
        #expect(number.x > numberLine.x.points + 10 && number.x + number.width < numberLine.right.points - 30)
        #expect(number.width > 20)
        // Day before month, both inside the date line, on the same baseline as the number (II.4).
        #expect(date.x <= day.x && day.x + day.width <= month.x && month.x + month.width <= date.x + date.width)
        #expect(day.width > 10 && month.width > 10)
        #expect(abs(day.y - number.y) < 2)

        // No date at all: the year is a blank too.
        let undated = try Signing.render(json: """
            {"type": "cong-van", "issuer": {"name": "SỞ NỘI VỤ"}, "number": {"symbol": "SNV-VP"}, "place": "Trà Vinh",
             "subject": "thử", "body": ["Nội dung."], "distribution": ["Lưu: VT, VP"], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"}]}
            """)
        let roles = undated.boxes.map(\.role)
        #expect(roles.prefix(5) == ["number", "date", "date:day", "date:month", "date:year"])
    }

    /// Ô 14 (NĐ30 PL I, II.8.c; Phần II, I.3): the signer and time, 10 pt, at the top right of page 1.
    @Test func signingInfoIsPrintedAtTheTopRight() throws {
        let rendered = try Signing.render(Signing.signedExample)
        let profile = try Repository.engine.profile(named: "nd30")
        let lines = rendered.layout.lines("signing-info")
        #expect(lines.map(\.text) == ["Sở Nội vụ tỉnh Trà Vinh", "2024-03-05T09:30:15+07:00"])
        let page = try #require(rendered.layout.pages.first)
        for line in lines {
            #expect(line.size == .pt(10))
            #expect(abs((line.right - (page.size.width - profile.margins.right)).points) < 0.01)
            #expect(line.baseline < profile.margins.top)
        }
        #expect(page.lines.filter { $0.role == "signing-info" }.count == 2)
        let stamp = try #require(rendered.boxes.first { $0.role == "stamp" })
        #expect(stamp.page == 1 && stamp.topMM > 0 && stamp.topMM + stamp.heightMM < profile.margins.top.millimetres)
        #expect(try Run.pdftotext(rendered.pdf).contains("2024-03-05T09:30:15+07:00"))
    }
}

@Suite struct SignatureImageTests {
    @Test func signatureAndSealImagesAreDrawnInTheirBoxes() throws {
        let rendered = try Signing.render(Signing.signedExample)
        let page = try #require(rendered.layout.pages.first)
        #expect(page.images.map(\.role) == ["signature-image", "seal-image"])
        let seal = try #require(rendered.boxes.first { $0.role == "seal:0" })
        #expect(abs(seal.widthMM - 36) < 0.01)  // the document's sealSize: the seal's real size
        // Both images are embedded with their transparency (an image and its soft mask each).
        let list = try Run.program("pdfimages", ["-list", try Run.write(rendered.pdf).path])
        let kinds = list.text.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true)[2] }
        #expect(kinds == ["image", "smask", "image", "smask"])
        // In the rendered page, red ink is inside the seal box, blue ink inside the signature box.
        let pixels = try PixelMap(pdf: rendered.pdf, dpi: 50)
        let signature = try #require(rendered.boxes.first { $0.role == "signer:0" })
        let red = pixels.count(where: { $0.r > 150 && $0.g < 90 && $0.b < 90 })
        let redInSeal = pixels.count(in: seal, where: { $0.r > 150 && $0.g < 90 && $0.b < 90 })
        #expect(red > 100 && redInSeal == red)
        let blue = pixels.count(where: { $0.b > 120 && $0.r < 90 && $0.g < 110 })
        let blueInSignature = pixels.count(in: signature, where: { $0.b > 120 && $0.r < 90 && $0.g < 110 })
        #expect(blue > 50 && blueInSignature == blue)
    }

    @Test func aDataURLImageIsTheSameAsTheFile() throws {
        let file = Repository.root + "/examples/images/con-dau-mau.png"
        let base64 = try Data(contentsOf: URL(fileURLWithPath: file)).base64EncodedString()
        func doc(_ seal: String) -> String {
            #"{"body": ["Nội dung."], "distribution": ["Lưu: VT, VP"], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An", "seal": "\#(seal)"}]}"#
        }
        let fromURL = try Signing.render(json: doc("data:image/png;base64,\(base64)"))
        let fromFile = try Signing.render(json: doc("images/con-dau-mau.png"), folder: Repository.root + "/examples")
        #expect(fromURL.layout.pages[0].images.map(\.image) == fromFile.layout.pages[0].images.map(\.image))
        #expect(fromURL.layout.pages[0].images.count == 1)
    }

    static let badImages: [(String, String, String)] = [
        ("images/khong-co.png", "cannot read 'images/khong-co.png'", "relative to the document's folder"),
        ("cong-van.json", "'cong-van.json' is", "PNG"),
        ("data:image/png;base64,@@@", "cannot read the data: URL", "data:image/png;base64,"),
        ("data:image/png;base64,SGVsbG8=", "the data: URL is", "PNG"),
    ]

    @Test(arguments: badImages)
    func aBadImageIsADiagnosticWithItsPath(image: String, message: String, hint: String) throws {
        let json = #"{"body": ["Nội dung."], "distribution": ["Lưu: VT, VP"], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An", "signature": "\#(image)"}]}"#
        do {
            _ = try Signing.render(json: json, folder: Repository.root + "/examples")
            Issue.record("rendered despite \(image)")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.code == "MODEL.IMAGE")
            #expect(diagnostic.path == "/signers/0/signature")
            #expect(diagnostic.english.message.contains(message), "\(diagnostic.english.message)")
            #expect(diagnostic.english.hint?.contains(hint) == true, "\(diagnostic.english.hint ?? "")")
        }
    }

    @Test func anImpossibleSealSizeIsRejected() throws {
        let json = #"{"body": ["Nội dung."], "distribution": ["Lưu: VT, VP"], "signers": [{"title": "GIÁM ĐỐC", "name": "A", "sealSize": "36cm"}]}"#
        do {
            _ = try Signing.render(json: json)
            Issue.record("a 36 cm seal was accepted")
        } catch {
            #expect(error.diagnostics.first?.code == "MODEL.RANGE")
            #expect(error.diagnostics.first?.path == "/signers/0/sealSize")
        }
    }

    @Test func aFileImageNeedsAFolder() throws {
        let json = #"{"body": ["Nội dung."], "distribution": ["Lưu: VT, VP"], "signers": [{"title": "GIÁM ĐỐC", "name": "A", "seal": "images/con-dau-mau.png"}]}"#
        #expect(throws: DiagnosticError.self) { try Signing.render(json: json) }
        do { _ = try Signing.render(json: json) } catch {
            #expect(error.diagnostics.first?.path == "/signers/0/seal")
            #expect(error.diagnostics.first?.english.hint?.contains("data:image/png;base64") == true)
        }
    }
}

@Suite struct SigningCLITests {
    @Test func renderWritesBoxesAndFields() throws {
        let dir = try Repository.temporaryDirectory()
        let pdf = dir.appendingPathComponent("out.pdf").path, boxes = dir.appendingPathComponent("out.boxes.json").path
        let result = try Run.program(Repository.cli.path, ["render", Signing.signedExample, "-o", pdf, "--boxes", boxes, "--sign-fields"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: boxes))) as? [String: Any])
        #expect(json["pages"] as? Int == 1)
        let items = try #require(json["boxes"] as? [[String: Any]])
        #expect(items.compactMap { $0["role"] as? String } == ["number", "date", "stamp", "signer:0", "seal:0"])
        #expect(items.compactMap { $0["field"] as? String } == ["Signer1", "OrganSeal"])
        let fields = try Signing.pdfsigFields(Array(try Data(contentsOf: URL(fileURLWithPath: pdf))))
        #expect(fields.map(\.name) == ["Signer1", "OrganSeal"])
    }

    /// The checked-in boxes of the seed are what the renderer reports today.
    @Test func theSeedBoxesFileIsCurrent() throws {
        let stored = try String(contentsOfFile: Repository.root + "/examples/boxes/cong-van-405-CV-BTGTU.boxes.json", encoding: .utf8)
        let rendered = try Signing.render(Signing.seed)
        #expect(stored == SignatureBox.json(rendered.boxes, pages: rendered.pageCount))
    }
}

/// The RGB pixels of page 1 rendered by pdftoppm.
struct PixelMap {
    var width = 0, height = 0, dpi: Double
    var rgb: [UInt8] = []

    init(pdf: [UInt8], dpi: Double) throws {
        self.dpi = dpi
        let file = try Run.write(pdf)
        let prefix = file.deletingLastPathComponent().appendingPathComponent("page").path
        let result = try Run.program("pdftoppm", ["-r", String(Int(dpi)), "-f", "1", "-l", "1", "-singlefile", file.path, prefix])
        guard result.status == 0 else { throw RunError(message: "pdftoppm: \(result.stderr)") }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
        // P6 header: magic, width, height, maxval, each followed by white space.
        var fields: [String] = [], index = 0, current = ""
        while fields.count < 4, index < bytes.count {
            let c = bytes[index]
            index += 1
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                if !current.isEmpty { fields.append(current); current = "" }
            } else { current.append(Character(UnicodeScalar(c))) }
        }
        guard fields.first == "P6", let w = Int(fields[1]), let h = Int(fields[2]) else { throw RunError(message: "not a PPM") }
        width = w
        height = h
        rgb = Array(bytes[index...])
    }

    func count(where test: ((r: UInt8, g: UInt8, b: UInt8)) -> Bool) -> Int {
        count(x: 0..<width, y: 0..<height, where: test)
    }

    /// Pixels inside a box (PDF points from the bottom-left), one pixel of slack for anti-aliasing.
    func count(in box: SignatureBox, where test: ((r: UInt8, g: UInt8, b: UInt8)) -> Bool) -> Int {
        let scale = dpi / 72
        let x0 = max(0, Int((box.x * scale).rounded(.down)) - 1), x1 = min(width, Int(((box.x + box.width) * scale).rounded(.up)) + 1)
        let topFromTop = Double(height) - (box.y + box.height) * scale
        let y0 = max(0, Int(topFromTop.rounded(.down)) - 1), y1 = min(height, Int((topFromTop + box.height * scale).rounded(.up)) + 1)
        return count(x: x0..<x1, y: y0..<y1, where: test)
    }

    private func count(x: Range<Int>, y: Range<Int>, where test: ((r: UInt8, g: UInt8, b: UInt8)) -> Bool) -> Int {
        var n = 0
        for row in y {
            for column in x {
                let i = (row * width + column) * 3
                if test((rgb[i], rgb[i + 1], rgb[i + 2])) { n += 1 }
            }
        }
        return n
    }
}
