import Testing
@testable import VanBanRender
import VanBanTestSupport

@Suite struct MD5Tests {
    // RFC 1321 appendix A.5 test suite.
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890",
         "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func digests(input: String, expected: String) {
        let hex = MD5.hash(Array(input.utf8)).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
        #expect(hex == expected)
    }
}

@Suite struct MD5StreamingTests {
    /// Fed in pieces of every awkward size, the digest is the one-shot digest, and both agree with md5sum.
    @Test func piecesGiveTheSameDigest() throws {
        var generator = SystemRandomNumberGenerator()
        let message = (0..<100_003).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let whole = MD5.hash(message)
        for size in [1, 7, 63, 64, 65, 1000, 65_536] {
            var md5 = MD5()
            var offset = 0
            while offset < message.count {
                let end = min(message.count, offset + size)
                md5.update(Array(message[offset..<end]))
                offset = end
            }
            #expect(md5.finish() == whole, "pieces of \(size)")
        }
        let file = try Run.write(message, name: "random.bin")
        let sum = try Run.program("md5sum", [file.path]).text.prefix(32)
        #expect(String(sum) == PDFIdentifier.hexadecimal(whole).lowercased())
    }
}
