import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import VanBan
import VanBanTestSupport

/// `vanban serve` on 127.0.0.1, driven by a real HTTP client (URLSession), as other services use it.
@Suite(.serialized) struct ServiceTests {
    /// One service for the tests that do not change its settings.
    static let shared: ServiceProcess = try! ServiceProcess(["--workers", "2"])

    static func example(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/examples/\(name).json"))
    }

    /// What the library makes of the same bytes with the service's options (no file access).
    static func expected(_ json: Data, format: OutputFormat = .pdf, page: Int = 1) throws -> [UInt8] {
        try Repository.engine.render(json: Array(json), options: RenderOptions(allowedDirectories: [], format: format, page: page)).output
    }

    /// A công văn of `paragraphs` long paragraphs (about ten per page): slow enough to be caught rendering.
    static func longDocument(paragraphs: Int) throws -> Data {
        var document = try JSONSerialization.jsonObject(with: example("cong-van")) as! [String: Any]
        let sentence = "Thực hiện kế hoạch cải cách hành chính của tỉnh, các cơ quan, đơn vị rà soát thủ tục, quy trình và báo cáo kết quả theo đúng thời hạn quy định."
        document["body"] = (1...paragraphs).map { "\($0). \(sentence) \(sentence)" }
        return try JSONSerialization.data(withJSONObject: document)
    }

    /// Sends the head of a request and part of its body over a raw socket, then waits for the
    /// answer: what a stalled or slow client does. Returns the status line and the seconds taken.
    static func stalledUpload(_ service: ServiceProcess) throws -> (status: String, seconds: Double) {
        let port = service.base.port ?? 0
        let script = """
            import socket, time
            s = socket.create_connection(("127.0.0.1", \(port)))
            s.sendall(b"POST /v1/render HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 1000\\r\\n\\r\\n{\\"body\\": [")
            t = time.time()
            line = s.makefile("rb").readline().decode().strip()
            print(line)
            print(time.time() - t)
            """
        let out = try Run.program("python3", ["-c", script]).text.split(separator: "\n").map(String.init)
        return (out.first ?? "", out.count > 1 ? Double(out[1]) ?? -1 : -1)
    }

    /// Waits until the service reports a render running.
    static func waitUntilRendering(_ service: ServiceProcess) async throws {
        for _ in 0..<500 {
            let health = try await HTTP.get(service, "/healthz")
            if let running = (health.json as? [String: Any])?["running"] as? Int, running >= 1 { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw RunError(message: "no render started")
    }

    @Test func rendersThePDFTheLibraryMakes() async throws {
        let json = try Self.example("cong-van")
        let answer = try await HTTP.post(Self.shared, "/v1/render", json)
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "application/pdf")
        #expect(answer.header("X-VanBan-Pages") == "1")
        #expect(answer.header("X-Request-Id")?.isEmpty == false)
        #expect(Array(answer.body) == (try Self.expected(json)), "the service's PDF is byte for byte the library's")
        let text = try Run.pdftotext(Array(answer.body))
        #expect(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    }

    @Test func rendersPNGSVGAndPostScript() async throws {
        let json = try Self.example("cong-van-405-CV-BTGTU")
        let png = try await HTTP.post(Self.shared, "/v1/render?format=png&dpi=50&page=2", json)
        #expect(png.status == 200)
        #expect(png.header("Content-Type") == "image/png")
        #expect(Array(png.body) == (try Self.expected(json, format: .png(dpi: 50), page: 2)))
        // The preview shows what the PDF shows: compare with poppler's rendering of page 2.
        let pdf = try Run.write(try Self.expected(json), name: "seed.pdf")
        let dir = pdf.deletingLastPathComponent()
        let ours = dir.appendingPathComponent("ours.png")
        try png.body.write(to: ours)
        let poppler = try Run.program("pdftoppm", ["-r", "50", "-png", "-f", "2", "-l", "2", "-singlefile", pdf.path, dir.appendingPathComponent("poppler").path])
        #expect(poppler.status == 0)
        // Two rasterisers anti-alias 50 dpi text differently pixel by pixel; 6 × 6 blocks (about
        // a letter) must agree in mean grey: same text, same place.
        let a = try #require(ImageCompare.greys(ours.path)), b = try #require(ImageCompare.greys(dir.appendingPathComponent("poppler.png").path))
        #expect(a.width == b.width && a.height == b.height)
        var blocks = 0, differing = 0
        for by in stride(from: 0, to: a.height - 5, by: 6) {
            for bx in stride(from: 0, to: a.width - 5, by: 6) {
                var sumA = 0, sumB = 0
                for y in by..<by + 6 {
                    for x in bx..<bx + 6 {
                        sumA += Int(a.pixels[y * a.width + x])
                        sumB += Int(b.pixels[y * b.width + x])
                    }
                }
                blocks += 1
                if abs(sumA - sumB) / 36 > 24 { differing += 1 }
            }
        }
        #expect(Double(differing) / Double(blocks) < 0.01, "\(differing) of \(blocks) blocks differ")

        let svg = try await HTTP.post(Self.shared, "/v1/render?format=svg", json)
        #expect(svg.status == 200)
        #expect(svg.header("Content-Type") == "image/svg+xml")
        let svgText = String(decoding: svg.body, as: UTF8.self)
        #expect(svgText.hasPrefix("<?xml"))
        #expect(svgText.contains(#"width="595.275591pt" height="841.889764pt""#))

        let ps = try await HTTP.post(Self.shared, "/v1/render?format=ps", json)
        #expect(ps.status == 200)
        #expect(ps.header("Content-Type") == "application/postscript")
        let psText = String(decoding: ps.body, as: UTF8.self)
        #expect(psText.hasPrefix("%!PS-Adobe-3.0"))
        #expect(psText.contains("%%Pages: 2"))
        #expect(psText.contains("%%CreationDate: (2021-08-24T00:00:00+07:00)"), "the document's date, never the clock")
        #expect(Array(ps.body) == (try Self.expected(json, format: .ps)))

        let missing = try await HTTP.post(Self.shared, "/v1/render?format=png&page=3", json)
        #expect(missing.status == 422)
        #expect(missing.codes == ["RENDER.PAGE"])
    }

    @Test func boxesComeBackAsJSONWithTheOutput() async throws {
        let json = try Self.example("cong-van-405-CV-BTGTU")
        let answer = try await HTTP.post(Self.shared, "/v1/render?boxes=true&sign-fields=true", json)
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "application/json; charset=utf-8")
        let envelope = try #require(answer.json as? [String: Any])
        #expect(envelope["mediaType"] as? String == "application/pdf")
        #expect(envelope["pages"] as? Int == 2)
        let pdf = try #require(Data(base64Encoded: envelope["output"] as? String ?? ""))
        let rendered = try Repository.engine.render(json: Array(json), options: RenderOptions(signatureFields: true, allowedDirectories: []))
        #expect(Array(pdf) == rendered.pdf)
        let boxes = try #require(envelope["boxes"] as? [String: Any])
        let expectedBoxes = try JSONSerialization.jsonObject(with: Data(SignatureBox.json(rendered.boxes, pages: 2).utf8)) as? [String: Any]
        #expect(NSDictionary(dictionary: boxes).isEqual(to: expectedBoxes ?? [:]))
        let diagnostics = try #require(envelope["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.compactMap { $0["code"] as? String }.contains("PROFILE.SELECTED"))
    }

    @Test func checkAnswersWithTheCLIsReport() async throws {
        let good = try await HTTP.post(Self.shared, "/v1/check", try Self.example("cong-van"))
        #expect(good.status == 200)
        #expect(good.codes == [])
        let report = try #require(good.json as? [String: Any])
        #expect(report["file"] as? String == good.header("X-Request-Id"))

        // Every invalid example: the same diagnostics `vanban check --format json` gives (goldens),
        // except the ones about image files, which a request may not name.
        let folder = Repository.root + "/examples/invalid"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 10)
        for name in names {
            let golden = try String(contentsOfFile: "\(folder)/\(name.dropLast(5)).diagnostics", encoding: .utf8)
            guard !golden.contains("MODEL.IMAGE") else { continue }
            let body = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))
            let answer = try await HTTP.post(Self.shared, "/v1/check", body)
            let expected = try JSONSerialization.jsonObject(with: Data(golden.utf8)) as! [String: Any]
            let got = try #require(answer.json as? [String: Any], "\(name)")
            // The same findings, except that a hint never names `vanban check --fix` to a program:
            // the finding's `fix` member carries the correction.
            let gotItems = got["diagnostics"] as? [[String: Any]] ?? []
            let expectedItems = expected["diagnostics"] as? [[String: Any]] ?? []
            #expect(gotItems.count == expectedItems.count, "\(name)")
            for (served, printed) in zip(gotItems, expectedItems) {
                var printed = printed
                if printed["fix"] != nil, let hint = printed["hint"] as? String, let served = served["hint"] as? String {
                    #expect(hint.hasPrefix(served) && hint.contains("vanban check --fix"), "\(name): \(served)")
                    printed["hint"] = served
                }
                #expect(NSDictionary(dictionary: served).isEqual(to: printed), "\(name): \(served)")
            }
            let syntax = answer.codes.contains { $0.hasPrefix("JSON.") }
            #expect(answer.status == (syntax ? 400 : 200), "\(name)")

            // Rendering it is refused with the same errors: 400 for unreadable JSON, else 422.
            let render = try await HTTP.post(Self.shared, "/v1/render", body)
            let errors = (expected["diagnostics"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
            #expect(render.status == (syntax ? 400 : errors.isEmpty ? 200 : 422), "\(name)")
            #expect(Set(render.codes).isSuperset(of: errors.compactMap { $0["code"] as? String }), "\(name)")
        }
    }

    @Test func checkCanReturnTheCorrectedDocument() async throws {
        var document = try JSONSerialization.jsonObject(with: Self.example("quyet-dinh")) as! [String: Any]
        var signers = document["signers"] as! [[String: Any]]
        signers[0]["authority"] = "K.T CHỦ TỊCH"
        document["signers"] = signers
        let answer = try await HTTP.post(Self.shared, "/v1/check?fix=true", try JSONSerialization.data(withJSONObject: document))
        #expect(answer.status == 200)
        #expect(answer.codes.contains("ND30.PL1.II.7.AUTHORITY_PREFIX"))
        let corrected = try #require((answer.json as? [String: Any])?["corrected"] as? [String: Any])
        #expect((corrected["signers"] as? [[String: Any]])?.first?["authority"] as? String == "KT. CHỦ TỊCH")
        // The corrected document checks clean and renders.
        let again = try await HTTP.post(Self.shared, "/v1/render", try JSONSerialization.data(withJSONObject: corrected))
        #expect(again.status == 200)
        // Without fix=true, or with nothing to correct, there is no `corrected`.
        let plain = try await HTTP.post(Self.shared, "/v1/check", try JSONSerialization.data(withJSONObject: document))
        #expect((plain.json as? [String: Any])?["corrected"] == nil)
        let clean = try await HTTP.post(Self.shared, "/v1/check?fix=true", try Self.example("quyet-dinh"))
        #expect((clean.json as? [String: Any])?["corrected"] == nil)
    }

    @Test func errorsHaveTheirStatus() async throws {
        let malformed = try await HTTP.post(Self.shared, "/v1/render", Data(#"{"body": ["a",]}"#.utf8))
        #expect(malformed.status == 400)
        #expect(malformed.codes == ["JSON.SYNTAX"])

        let query = try await HTTP.post(Self.shared, "/v1/render?format=docx", try Self.example("cong-van"))
        #expect(query.status == 400)
        #expect(query.codes == ["SERVICE.QUERY"])
        let resolution = try await HTTP.post(Self.shared, "/v1/render?format=png&dpi=1200", try Self.example("cong-van"))
        #expect(resolution.status == 400)

        let glyph = try await HTTP.post(Self.shared, "/v1/render", Data(#"{"title": "Thử", "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"}], "distribution": ["Lưu: VT, VP"], "body": ["Chữ 漢 ở đây"]}"#.utf8))
        #expect(glyph.status == 422)
        #expect(glyph.codes == ["TEXT.MISSING_GLYPH"])
        #expect(String(decoding: glyph.body, as: UTF8.self).contains(#""path":"/body/0""#))

        // A thể thức error (the authority written T/M) refuses the render, unless forced.
        var document = try JSONSerialization.jsonObject(with: Self.example("quyet-dinh")) as! [String: Any]
        var signers = document["signers"] as! [[String: Any]]
        signers[0]["authority"] = "K.T CHỦ TỊCH"
        document["signers"] = signers
        let faulty = try JSONSerialization.data(withJSONObject: document)
        let lint = try await HTTP.post(Self.shared, "/v1/render", faulty)
        #expect(lint.status == 422)
        #expect(lint.codes.contains("ND30.PL1.II.7.AUTHORITY_PREFIX"), "\(lint.codes)")
        let forced = try await HTTP.post(Self.shared, "/v1/render?force=true", faulty)
        #expect(forced.status == 200)
        #expect(Int(forced.header("X-VanBan-Warnings") ?? "") ?? 0 >= 1)

        let unknown = try await HTTP.get(Self.shared, "/v2/render")
        #expect(unknown.status == 404)
        #expect(unknown.codes == ["SERVICE.NOT_FOUND"])

        let method = try await HTTP.get(Self.shared, "/v1/render")
        #expect(method.status == 405)
        #expect(method.header("Allow") == "POST")
        #expect(method.codes == ["SERVICE.METHOD"])
    }

    /// Problems and reports speak the client's language: `?lang=`, else `Accept-Language`
    /// (q-values), else the server's `--lang`; codes and pointers are the same in all.
    @Test func answersInTheClientsLanguage() async throws {
        let body = try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/examples/invalid/wrong-types.json"))
        func report(_ answer: HTTPAnswer) -> (lang: String?, messages: [String]) {
            let json = answer.json as? [String: Any]
            return (json?["lang"] as? String, (json?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String })
        }
        let english = try await HTTP.post(Self.shared, "/v1/check", body)
        let vietnamese = try await HTTP.post(Self.shared, "/v1/check", body, headers: ["Accept-Language": "vi-VN,vi;q=0.9"])
        #expect(report(english).lang == "en")
        #expect(report(vietnamese).lang == "vi")
        #expect(vietnamese.codes == english.codes)
        #expect(report(english).messages.first == "expected a whole number, found a string")
        #expect(report(vietnamese).messages != report(english).messages)
        #expect(report(vietnamese).messages.allSatisfy { !$0.isEmpty && !$0.contains("found a") })
        let chosen = try await HTTP.post(Self.shared, "/v1/check?lang=en", body, headers: ["Accept-Language": "vi-VN,vi;q=0.9"])
        #expect(report(chosen).lang == "en")
        #expect(report(chosen).messages == report(english).messages)
        let weighed = try await HTTP.post(Self.shared, "/v1/check", body, headers: ["Accept-Language": "en;q=0.3, vi;q=0.8"])
        #expect(report(weighed).lang == "vi")
        // Problems of the service itself too.
        let missing = try await HTTP.send("GET", URL(string: "/v2/x", relativeTo: Self.shared.base)!, headers: ["Accept-Language": "vi"])
        #expect(missing.status == 404)
        #expect(report(missing).lang == "vi")
        let badLanguage = try await HTTP.post(Self.shared, "/v1/check?lang=fr", body)
        #expect(badLanguage.status == 400)
        #expect(badLanguage.codes == ["SERVICE.QUERY"])
        // The server's own default, for a client that asks for no language VanBan speaks
        // (URLSession always sends an Accept-Language of its own).
        let vietnameseServer = try ServiceProcess(["--lang", "vi"])
        defer { vietnameseServer.signal(SIGTERM) }
        let byDefault = try await HTTP.post(vietnameseServer, "/v1/check", body, headers: ["Accept-Language": "fr-FR, de;q=0.5"])
        #expect(report(byDefault).lang == "vi")
        #expect(report(byDefault).messages == report(vietnamese).messages)
    }

    /// A client that sends `Expect: 100-continue` (curl, for any body over 1 KB) gets `100 Continue`
    /// at once instead of waiting a second before sending its body; a body announced over the
    /// limit gets the 413 instead.
    @Test func expectContinueIsAnsweredAtOnce() throws {
        let port = Self.shared.base.port ?? 0
        let body = try Self.example("cong-van")
        let script = """
            import socket, sys, time
            body = sys.stdin.buffer.read()
            def ask(length):
                s = socket.create_connection(("127.0.0.1", \(port)))
                s.settimeout(5)
                s.sendall(b"POST /v1/check HTTP/1.1\\r\\nHost: x\\r\\nExpect: 100-continue\\r\\nContent-Length: %d\\r\\n\\r\\n" % length)
                t = time.time()
                f = s.makefile("rb")
                line = f.readline().decode().strip()
                waited = time.time() - t
                if line.startswith("HTTP/1.1 100"):
                    f.readline()
                    s.sendall(body)
                    line = f.readline().decode().strip()
                print(line, "%.3f" % waited)
            ask(len(body))
            ask(1 << 40)
            """
        let lines = try Run.program("python3", ["-c", script], input: body).text.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let first = lines.first?.split(separator: " ") ?? []
        #expect(first.prefix(2) == ["HTTP/1.1", "200"], "\(lines)")
        #expect((Double(first.last ?? "") ?? 9) < 0.5, "\(lines)")
        #expect(lines.last?.hasPrefix("HTTP/1.1 413") == true, "\(lines)")
    }

    /// schemathesis generates requests from docs/openapi.yaml (documents from the JSON Schema,
    /// every query parameter) and checks every answer against it: documented status, media type
    /// and JSON shape, and never a 5xx.
    @Test func answersAsItsDescriptionSays() throws {
        let result = try Run.program(Repository.root + "/.venv-tests/bin/schemathesis", [
            "--config-file", Repository.root + "/Tests/Service/schemathesis.toml", "run",
            Self.shared.base.absoluteString + "/openapi.yaml", "--seed", "1", "--max-examples", "40",
            "--phases", "examples,fuzzing", "--checks", "all", "--exclude-checks", "negative_data_rejection", "--no-color",
        ])
        #expect(result.status == 0, "\(result.text)\n\(result.stderr)")
        #expect(result.text.contains("passed"))
    }

    @Test func requestsNeverReadTheServersFiles() async throws {
        let document = #"{"body": ["Xin chào."], "distribution": ["Lưu: VT, VP"], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn A", "seal": "/work/main/examples/images/con-dau.png"}]}"#
        let answer = try await HTTP.post(Self.shared, "/v1/render", Data(document.utf8))
        #expect(answer.status == 422)
        #expect(answer.codes == ["MODEL.IMAGE"])
        #expect(String(decoding: answer.body, as: UTF8.self).contains("data:image/png;base64"))

        // The signed example with its images as data: URLs renders.
        var signed = try JSONSerialization.jsonObject(with: Self.example("cong-van-ky-so")) as! [String: Any]
        var signers = signed["signers"] as! [[String: Any]]
        for key in ["signature", "seal"] {
            guard let path = signers[0][key] as? String else { continue }
            let png = try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/examples/" + path))
            signers[0][key] = "data:image/png;base64," + png.base64EncodedString()
        }
        signed["signers"] = signers
        let inline = try await HTTP.post(Self.shared, "/v1/render", try JSONSerialization.data(withJSONObject: signed))
        #expect(inline.status == 200, "\(String(decoding: inline.body, as: UTF8.self))")
    }

    @Test func listsProfilesAndServesItsDescription() async throws {
        let profiles = try await HTTP.get(Self.shared, "/v1/profiles")
        #expect(profiles.status == 200)
        let items = try #require((profiles.json as? [String: Any])?["profiles"] as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == ["hd05", "hd36", "nd30", "party"])
        #expect(items.first { $0["id"] as? String == "hd05" }?["extends"] as? String == "hd36")

        let health = try await HTTP.get(Self.shared, "/healthz")
        #expect(health.status == 200)
        #expect((health.json as? [String: Any])?["status"] as? String == "ok")
        // Uptime checkers and load balancers probe with HEAD and OPTIONS.
        let head = try await HTTP.send("HEAD", URL(string: "/healthz", relativeTo: Self.shared.base)!)
        #expect(head.status == 200)
        let options = try await HTTP.send("OPTIONS", URL(string: "/v1/render", relativeTo: Self.shared.base)!)
        #expect(options.status == 204)
        #expect(options.header("Allow") == "POST, OPTIONS")
        let ready = try await HTTP.get(Self.shared, "/readyz")
        #expect(ready.status == 200)

        let openAPI = try await HTTP.get(Self.shared, "/openapi.yaml")
        #expect(openAPI.status == 200)
        #expect(openAPI.body == (try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/docs/openapi.yaml"))))
        let schema = try await HTTP.get(Self.shared, "/schema/document.schema.json")
        #expect(schema.status == 200)
        #expect(schema.body == (try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/schema/document.schema.json"))))
    }

    @Test func fiftyConcurrentRequestsAreAllAnsweredCorrectly() async throws {
        let names = ["cong-van", "cong-van-405-CV-BTGTU", "quyet-dinh", "party-nghi-quyet", "ke-hoach-ngan-sach"]
        var expected: [String: [UInt8]] = [:]
        for name in names { expected[name] = try Self.expected(try Self.example(name)) }
        let service = Self.shared
        let answers = try await withThrowingTaskGroup(of: (String, HTTPAnswer).self) { group in
            for i in 0..<50 {
                let name = names[i % names.count]
                let body = try Self.example(name)
                group.addTask { (name, try await HTTP.post(service, "/v1/render", body, headers: ["X-Request-Id": "concurrent-\(i)"])) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.count == 50)
        for (name, answer) in answers {
            #expect(answer.status == 200, "\(name)")
            #expect(Array(answer.body) == expected[name], "\(name): the PDF is the one rendered alone")
        }
        #expect(Set(answers.compactMap { $0.1.header("X-Request-Id") }) == Set((0..<50).map { "concurrent-\($0)" }))
        // Every request has one structured log line with its id and status.
        try await Task.sleep(for: .milliseconds(200))
        let lines = service.logText.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let logged = lines.filter { ($0["request"] as? String)?.hasPrefix("concurrent-") == true && $0["message"] as? String == "request" }
        #expect(logged.count == 50)
        #expect(logged.allSatisfy { $0["status"] as? Int == 200 && $0["path"] as? String == "/v1/render" && $0["time"] is String })
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        let service = try ServiceProcess(["--max-body", "4096"])
        let big = try Self.longDocument(paragraphs: 40)
        #expect(big.count > 4096)
        let answer = try await HTTP.post(service, "/v1/render", big)
        #expect(answer.status == 413)
        #expect(answer.codes == ["SERVICE.TOO_LARGE"])
        // The service is still there for the next request.
        let small = try await HTTP.post(service, "/v1/render", Data(#"{"signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"}], "distribution": ["Lưu: VT, VP"], "body": ["Xin chào."]}"#.utf8))
        #expect(small.status == 200)
    }

    @Test func aFullQueueIs503WithRetryAfter() async throws {
        let service = try ServiceProcess(["--workers", "1", "--queue", "0"])
        let slow = try Self.longDocument(paragraphs: 1500)
        async let first = HTTP.post(service, "/v1/render", slow)
        try await Self.waitUntilRendering(service)
        let ready = try await HTTP.get(service, "/readyz")
        #expect(ready.status == 503, "no worker free and no room to wait: not ready")
        let second = try await HTTP.post(service, "/v1/check", try Self.example("cong-van"))
        #expect(second.status == 503)
        #expect(second.codes == ["SERVICE.BUSY"])
        #expect(Int(second.header("Retry-After") ?? "") ?? 0 >= 1)
        let answer = try await first
        #expect(answer.status == 200)
        #expect(Int(answer.header("X-VanBan-Pages") ?? "") ?? 0 > 100)
    }

    @Test func aRenderPastTheDeadlineIs504() async throws {
        let service = try ServiceProcess(["--workers", "1", "--deadline", "0.2"])
        let answer = try await HTTP.post(service, "/v1/render", try Self.longDocument(paragraphs: 1500))
        #expect(answer.status == 504)
        #expect(answer.codes == ["SERVICE.DEADLINE"])
    }

    @Test func aStalledUploadIs408AndDoesNotHoldShutdown() async throws {
        let service = try ServiceProcess(["--deadline", "1"])
        let stalled = try Self.stalledUpload(service)
        #expect(stalled.status == "HTTP/1.1 408 Request Timeout")
        #expect(stalled.seconds > 0.8 && stalled.seconds < 10)

        // SIGTERM while a client is stuck in its upload: the upload times out, the service exits.
        async let stuck = Task.detached { try Self.stalledUpload(service) }.value
        try await Task.sleep(for: .milliseconds(300))
        service.signal(SIGTERM)
        #expect(service.waitForExit(seconds: 15) == 0)
        #expect(try await stuck.status == "HTTP/1.1 408 Request Timeout")
        #expect(service.logText.contains("shutting down"))
    }

    @Test func shutdownFinishesTheRenderInFlight() async throws {
        let service = try ServiceProcess(["--workers", "1"])
        let slow = try Self.longDocument(paragraphs: 1500)
        async let inFlight = HTTP.post(service, "/v1/render", slow)
        try await Self.waitUntilRendering(service)
        service.signal(SIGTERM)
        let answer = try await inFlight
        #expect(answer.status == 200)
        #expect(Array(answer.body) == (try Self.expected(slow)), "the PDF is whole")
        #expect(service.waitForExit() == 0)
        #expect(service.logText.contains("stopped: every request received was answered"))
        // Nothing listens any more.
        await #expect(throws: (any Error).self) { try await HTTP.get(service, "/healthz") }
    }
}
