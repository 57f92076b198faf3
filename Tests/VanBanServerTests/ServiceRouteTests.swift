import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import VanBan
import VanBanTestSupport
@testable import VanBanServer

/// The service's routes run in process (HummingbirdTesting's router framework): what each endpoint
/// answers, without a socket. `ServiceTests` drives the real program where the process matters
/// (signals, slow uploads, the queue under load).
@Suite struct ServiceRouteTests {
    /// Runs `test` against the service's router with its own workers.
    static func withService(_ configuration: ServiceConfiguration = ServiceConfiguration(workers: 2),
                            _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let service = VanBanService(engine: Repository.engine, configuration: configuration, logger: Logger(label: "test"),
                                    files: ServiceFiles.load(root: Repository.root))
        let workers = Workers(count: configuration.workers, queue: configuration.queue, deadlineSeconds: configuration.deadlineSeconds)
        let app = Application(router: service.router(workers: workers))
        do {
            try await app.test(.router, test)
        } catch {
            try await workers.shutdown()
            throw error
        }
        try await workers.shutdown()
    }

    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    static func codes(_ response: TestResponse) -> [String] {
        (json(response)["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    static func example(_ name: String) throws -> ByteBuffer {
        ByteBuffer(bytes: try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/examples/\(name).json")))
    }

    @Test func rendersAPDFAndChecksADocument() async throws {
        let congVan = try Self.example("cong-van")
        try await Self.withService { client in
            let pdf = try await client.execute(uri: "/v1/render", method: .post, body: congVan)
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(Data(buffer: pdf.body).starts(with: Array("%PDF-".utf8)))
            let check = try await client.execute(uri: "/v1/check", method: .post, body: congVan)
            #expect(check.status == .ok)
            #expect(Self.codes(check).isEmpty)
            #expect(Self.json(check)["lang"] as? String == "en")
        }
    }

    @Test func problemsHaveTheirStatusAndCode() async throws {
        try await Self.withService { client in
            let syntax = try await client.execute(uri: "/v1/render", method: .post, body: ByteBuffer(string: #"{"body": ["a",]}"#))
            #expect(syntax.status == .badRequest)
            #expect(Self.codes(syntax) == ["JSON.SYNTAX"])
            let query = try await client.execute(uri: "/v1/render?format=docx", method: .post, body: try Self.example("cong-van"))
            #expect(query.status == .badRequest)
            #expect(Self.codes(query) == ["SERVICE.QUERY"])
            let glyph = try await client.execute(uri: "/v1/render", method: .post,
                                                 body: ByteBuffer(string: #"{"title": "Thử", "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"}], "distribution": ["Lưu: VT, VP"], "body": ["Chữ 漢 ở đây"]}"#))
            #expect(glyph.status == .unprocessableContent)
            #expect(Self.codes(glyph) == ["TEXT.MISSING_GLYPH"])
            let missing = try await client.execute(uri: "/v2/render", method: .get)
            #expect(missing.status == .notFound)
            #expect(Self.codes(missing) == ["SERVICE.NOT_FOUND"])
            let method = try await client.execute(uri: "/v1/render", method: .get)
            #expect(method.status == .methodNotAllowed)
            #expect(method.headers[.allow] == "POST")
        }
    }

    @Test func answersInTheRequestsLanguage() async throws {
        let wrong = ByteBuffer(bytes: try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/examples/invalid/wrong-types.json")))
        try await Self.withService(ServiceConfiguration(workers: 1, language: .vi)) { client in
            let byDefault = try await client.execute(uri: "/v1/check", method: .post, body: wrong)
            #expect(Self.json(byDefault)["lang"] as? String == "vi")
            let english = try await client.execute(uri: "/v1/check", method: .post, headers: [.acceptLanguage: "en-GB,en;q=0.9,vi;q=0.2"], body: wrong)
            #expect(Self.json(english)["lang"] as? String == "en")
            #expect(Self.codes(english) == Self.codes(byDefault))
            let chosen = try await client.execute(uri: "/v1/check?lang=vi", method: .post, headers: [.acceptLanguage: "en"], body: wrong)
            #expect(Self.json(chosen)["lang"] as? String == "vi")
            let notFound = try await client.execute(uri: "/nowhere", method: .get)
            let message = ((Self.json(notFound)["diagnostics"] as? [[String: Any]])?.first?["message"] as? String) ?? ""
            #expect(message.contains("không có"), "\(message)")
        }
    }

    @Test func previewDrawsTheAskedPagesWithFindingsAndAnchors() async throws {
        let letter = try Self.example("cong-van-405-CV-BTGTU")
        try await Self.withService { client in
            let answer = try await client.execute(uri: "/v1/preview?format=png&dpi=30&pages=2&check=true&anchors=true&lang=vi",
                                                  method: .post, body: letter)
            #expect(answer.status == .ok)
            let json = Self.json(answer)
            #expect(json["pages"] as? Int == 2)
            let images = json["images"] as? [Any] ?? []
            #expect(images.count == 2)
            #expect(images.first is NSNull)
            #expect((images.last as? String)?.hasPrefix("data:image/png;base64,") == true)
            let sizes = json["pageSizes"] as? [[String: Double]] ?? []
            #expect(sizes.count == 2 && abs((sizes.first?["width"] ?? 0) - 595.28) < 0.01)
            #expect(json["findings"] is [Any])
            let anchors = json["anchors"] as? [[String: Any]] ?? []
            let name = anchors.first { $0["path"] as? String == "/signers/0/name" }
            #expect(name?["page"] as? Int == 2, "\(anchors.suffix(3))")
            #expect(anchors.first?["path"] as? String == "/issuer/parent/0")
            let wrongPages = try await client.execute(uri: "/v1/preview?pages=0", method: .post, body: letter)
            #expect(wrongPages.status == .badRequest)
            #expect(Self.codes(wrongPages) == ["SERVICE.QUERY"])
        }
    }

    @Test func servesTheDeskProfilesAndExamples() async throws {
        try await Self.withService { client in
            let desk = try await client.execute(uri: "/", method: .get)
            #expect(desk.status == .ok)
            #expect(desk.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(desk.headers[.contentSecurityPolicy] != nil)
            let profiles = try await client.execute(uri: "/v1/profiles", method: .get)
            #expect(profiles.status == .ok)
            let names = (Self.json(profiles)["profiles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(Set(names).isSuperset(of: ["nd30", "hd36", "hd05", "party"]), "\(names)")
            let examples = try await client.execute(uri: "/v1/examples", method: .get)
            #expect(examples.status == .ok)
            let unknown = try await client.execute(uri: "/v1/examples/khong-co", method: .get)
            #expect(unknown.status == .notFound)
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
        }
    }
}
