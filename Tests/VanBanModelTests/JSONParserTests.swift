import Testing
@testable import VanBanModel

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func parsesValuesKeepingMemberOrder() throws {
        let value = try parse(#"{"b": [1, 2.5, -3e2, true, false, null], "a": "x\"\u00e9\n", "c": {}}"#)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a", "c"])
        #expect(value["b"] == .array([.number(1), .number(2.5), .number(-300), .bool(true), .bool(false), .null]))
        #expect(value["a"] == .string("x\"é\n"))
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a member name"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}'"),
        ("[1, 2", 1, 6, "unexpected end of input"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "appears twice"),
        ("\"line\nbreak\"", 1, 6, "line break inside a string"),
        ("[True]", 1, 2, "JSON words are lower case"),
        ("[01]", 1, 2, "may not start with 0"),
    ])
    func reportsWhereTheSyntaxIsWrong(input: String, line: Int, column: Int, message: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try parse(input) }
        do {
            _ = try parse(input)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            let worded = error.diagnostic.english.message
            #expect(worded.contains(message), "\(worded)")
        }
    }

    @Test func boundsNestingDepth() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONParser.SyntaxError.self) { try parse(deep) }
    }

    /// The parser checks UTF-8 itself while scanning a string (RFC 3629 §4); the column
    /// points at the first byte that is not well-formed.
    @Test(arguments: [
        [0xC0, 0xAF],              // overlong '/'
        [0xE0, 0x80, 0xAF],        // overlong, three bytes
        [0xED, 0xA0, 0x80],        // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],  // no such lead byte
        [0xE1, 0x80],              // cut short by the closing quote
        [0x80],                    // a lone continuation byte
        [0xC3, 0x28],              // lead byte followed by ASCII
    ] as [[UInt8]])
    func refusesMalformedUTF8(_ bad: [UInt8]) {
        let input = Array(#"{"a": "ok"#.utf8) + bad + Array(#"x"}"#.utf8)
        do {
            _ = try JSONParser.parse(input)
            Issue.record("accepted \(bad)")
        } catch {
            #expect(error.key == .jsonSyntaxUtf8)
            #expect(error.column == 10)
        }
    }

    @Test func keepsWellFormedUTF8AcrossEscapes() throws {
        let text = "Hà Nội – 𝕍 ½ \u{10FFFF}"
        let json = #"["\#(text)\n\#(text)"]"#
        #expect(try parse(json) == .array([.string(text + "\n" + text)]))
    }

    /// Large objects (past the linear comparison of names) refuse a repeated name too, and
    /// names that only share a hash prefix are not taken for repeats.
    @Test func refusesARepeatedNameInALargeObject() throws {
        let names = (0..<300).map { "\"key\($0)\": \($0)" }
        let object = try parse("{" + names.joined(separator: ", ") + "}")
        #expect(object["key299"] == .number(299))
        let repeated = "{" + names.joined(separator: ", ") + #", "key7": 0}"#
        do {
            _ = try parse(repeated)
            Issue.record("a repeated name was accepted")
        } catch {
            #expect(error.key == .jsonSyntaxDuplicateKey)
            #expect(error.arguments["key"] == .text("key7"))
        }
    }

    @Test func acceptsByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)) == .array([]))
    }
}

@Suite struct NotADocumentTests {
    @Test func anObjectWithNoDocumentKeyIsAnError() throws {
        do {
            _ = try DocumentDecoder.decode(Array(#"{"documents": [{"body": ["a"]}], "count": 1}"#.utf8))
            Issue.record("a wrapper object was accepted as a document")
        } catch {
            let d = try #require(error.diagnostics.first).english
            #expect(d.code == "MODEL.NOT_A_DOCUMENT")
            #expect(d.path == "")
            #expect(d.message.contains("documents, count"))
            #expect(d.hint?.contains(".jsonl") == true)
        }
        // One known key is enough: the others stay warnings.
        let (_, warnings) = try DocumentDecoder.decode(Array(#"{"body": ["a"], "bodyy": 1}"#.utf8))
        #expect(warnings.map(\.code) == ["MODEL.UNKNOWN_KEY"])
    }
}
