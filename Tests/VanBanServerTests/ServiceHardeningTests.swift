import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import VanBanTestSupport

/// Issue 13, over HTTP: one request never takes the service down, slow uploads do not lock it
/// out, and every refusal is a JSON problem with its code.
@Suite(.serialized) struct ServiceHardeningTests {
    static func document(signer extra: String = "", body: String = "\"Nội dung.\"") -> Data {
        Data(#"{"type": "cong-van", "issuer": {"name": "SỞ NỘI VỤ"}, "number": {"seq": 1, "symbol": "SNV-VP"}, "place": "Trà Vinh", "date": "2024-03-05", "subject": "thử", "body": [\#(body)], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"\#(extra)}], "distribution": ["Lưu: VT"]}"#.utf8)
    }

    /// Python on a raw socket: `count` connections that each declare `declared` bytes, send one
    /// byte and wait; the script prints when they are all open and holds them for `hold` seconds.
    static func slowUploads(_ service: ServiceProcess, count: Int, declared: Int = 8 << 20, hold: Double) throws -> Process {
        let script = """
            import socket, sys, time
            socks = []
            for i in range(\(count)):
                s = socket.create_connection(("127.0.0.1", \(service.base.port ?? 0)))
                s.sendall(b"POST /v1/render HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\nContent-Length: \(declared)\\r\\n\\r\\n{")
                socks.append(s)
            print("open", flush=True)
            time.sleep(\(hold))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        _ = out.fileHandleForReading.availableData  // "open"
        return process
    }

    /// 40 uploads that declare 8 MB (320 MB, more than the 256 MB of body memory) and send one
    /// byte: the memory they hold is what they sent, so a normal render is answered at once and
    /// `/readyz` says ready. (Before: every render got 503 while `/readyz` said ready.)
    @Test func slowUploadsDoNotLockTheServiceOut() async throws {
        let service = try ServiceProcess(["--workers", "2", "--deadline", "60"])
        let slow = try Self.slowUploads(service, count: 40, hold: 30)
        defer { slow.terminate() }
        let start = Date()
        let answer = try await HTTP.post(service, "/v1/render", Self.document())
        #expect(answer.status == 200)
        // Within the deadline (other suites load the machine while this runs: no tighter bound).
        #expect(Date().timeIntervalSince(start) < 60)
        let ready = try await HTTP.get(service, "/readyz")
        #expect(ready.status == 200)
        #expect(((ready.json as? [String: Any])?["bodyMemoryFree"] as? Int ?? 0) > 250 << 20)
    }

    /// One client address holds at most `--max-per-client` requests with a body; the next gets 429.
    @Test func oneClientCannotHoldEveryRequest() async throws {
        let service = try ServiceProcess(["--max-per-client", "3", "--deadline", "20"])
        let slow = try Self.slowUploads(service, count: 3, hold: 8)
        defer { slow.terminate() }
        try await Task.sleep(for: .milliseconds(300))
        let answer = try await HTTP.post(service, "/v1/render", Self.document())
        #expect(answer.status == 429)
        #expect(answer.codes == ["SERVICE.TOO_MANY"])
        #expect(answer.header("Retry-After") != nil)
    }

    /// A request Hummingbird cannot parse gets the JSON problem every other refusal has.
    @Test func unparsableRequestsGetAJSONProblem() async throws {
        let port = ServiceTests.shared.base.port ?? 0
        let script = """
            import socket
            s = socket.create_connection(("127.0.0.1", \(port)))
            s.sendall(b"NOT\\x00HTTP / HTTP/1.1\\r\\n\\r\\n")
            data = b""
            while True:
                chunk = s.recv(4096)
                if not chunk: break
                data += chunk
            print(data.decode())
            """
        let run = try Run.program("python3", ["-c", script])
        #expect(run.text.hasPrefix("HTTP/1.1 400"), "\(run.text)")
        #expect(run.text.contains("application/json"))
        #expect(run.text.contains(#""code":"SERVICE.HTTP""#))
    }

    /// A PNG header that overflows, damaged PNGs and a markup storm: each answered with the
    /// document's error (422), never a crash or a 500, and the service goes on answering.
    @Test func hostileDocumentsAreTheDocumentsErrors() async throws {
        let service = ServiceTests.shared
        let huge = PNGFixture.file(width: 4_294_967_295, height: 4_294_967_295, idat: PNGFixture.zlibStored([0]))
        let overflow = try await HTTP.post(service, "/v1/render", Self.document(signer: #", "signature": "\#(PNGFixture.dataURL(huge))""#))
        #expect(overflow.status == 422)
        #expect(overflow.codes == ["MODEL.IMAGE_TOO_LARGE"])
        let good = PNGFixture.solid(width: 20, height: 10)
        let damaged = try await HTTP.post(service, "/v1/render", Self.document(signer: #", "seal": "\#(PNGFixture.dataURL(Array(good.prefix(good.count - 30))))""#))
        #expect(damaged.status == 422)
        #expect(damaged.codes == ["MODEL.IMAGE"])
        let checked = try await HTTP.post(service, "/v1/check", Self.document(signer: #", "seal": "\#(PNGFixture.dataURL(Array(good.prefix(good.count - 30))))""#))
        #expect(checked.codes.contains("MODEL.IMAGE"))
        let start = Date()
        let storm = try await HTTP.post(service, "/v1/render", Self.document(body: "\"\(String(repeating: "*", count: 200_000))\""))
        #expect(storm.status == 200)
        #expect(Date().timeIntervalSince(start) < 20)
        let marks = try await HTTP.post(service, "/v1/render", Self.document(body: "\"a\(String(repeating: "\u{0301}", count: 120_000))\""))
        #expect(marks.status == 422)
        #expect(marks.codes == ["MODEL.COMBINING_MARKS"])
        #expect(try await HTTP.get(service, "/healthz").status == 200)
    }

    /// `scripts/soak-service.py` for 15 s: slow uploads, bursts and every hostile class while a
    /// normal client renders; it is always answered within the deadline, nothing is a 5xx, and
    /// memory comes back near where it started (the script's own checks; it prints its numbers).
    @Test func aShortSoakPasses() throws {
        let serve = Repository.cli.deletingLastPathComponent().appendingPathComponent("vanban-serve").path
        let run = try Run.program("python3", [Repository.root + "/scripts/soak-service.py", "--duration", "15", "--serve", serve])
        print("soak: \(run.text)")
        #expect(run.status == 0, "\(run.text) \(run.stderr)")
    }
}
