import Foundation
import Testing
import VanBan
import VanBanLayout
import VanBanProfile
import VanBanTestSupport

/// Issue 8: 20,000 generated and mutated documents — random strings with combining marks,
/// control characters, huge numbers, deep nesting, invalid UTF-8 — and not one crash: every
/// input decodes, or fails with diagnostics that each have a code, a message and a hint.
/// Decoding and the thể thức checks run on all of them; the full check (with layout) on one in
/// 20 of those that decode, and a PDF is rendered for one in 100. Deterministic (seeded); a longer
/// run uses the libFuzzer target (docs/fuzzing.md).
@Suite struct FuzzTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seeds: [[UInt8]] = {
        let dir = Repository.root + "/examples"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return names.compactMap { FileManager.default.contents(atPath: dir + "/" + $0).map(Array.init) }
    }()

    static let keys = ["profile", "type", "issuer", "parent", "name", "number", "seq", "symbol", "place", "date", "created", "title",
                       "subject", "authority", "addressees", "addresseeLabel", "bases", "decision", "body", "closing", "signers",
                       "caption", "after", "distribution", "drafter", "contact", "attachments", "appendices", "marks", "urgency",
                       "copy", "form", "keywords", "heading", "text", "list", "items", "table", "columns", "rows", "cells", "header",
                       "colspan", "rowspan", "group", "together", "pageBreak", "landscape", "signingInfo", "time", "seal", "signature",
                       "sealSize", "width", "align", "numbered", "center", "label", "marker", "size", "caption", "unit", "x"]

    /// The classes of issue 13: long runs of markup characters, footnotes never closed, combining
    /// storms, `data:` prefixes in text, PNG headers that overflow, damaged PNG chunks.
    static func hostileString(_ rng: inout SplitMix) -> String {
        let good = PNGFixture.solid(width: 8, height: 4)
        switch Int.random(in: 0..<9, using: &rng) {
        case 0: return String(repeating: ["*", "_", "**", "__", "*a ", "^["].randomElement(using: &rng)!, count: Int.random(in: 1_000...20_000, using: &rng))
        case 1: return "a" + String(repeating: "\u{0301}", count: Int.random(in: 20...5_000, using: &rng))
        case 2: return "data:" + String(repeating: "x", count: Int.random(in: 10...300_000, using: &rng))
        case 3: return PNGFixture.dataURL(PNGFixture.file(width: Int.random(in: 0...Int(UInt32.max), using: &rng),
                                                          height: Int.random(in: 0...Int(UInt32.max), using: &rng), idat: [0]))
        case 4: return PNGFixture.dataURL(PNGFixture.file(width: 8, height: 4, idat: PNGFixture.zlibStored([UInt8](repeating: 0, count: 132)),
                                                          badChecksum: true))
        case 5: return PNGFixture.dataURL(Array(good.prefix(Int.random(in: 0..<good.count, using: &rng))))
        case 6:
            var damaged = good
            for _ in 0..<4 { damaged[Int.random(in: 8..<damaged.count, using: &rng)] ^= 0xFF }
            return PNGFixture.dataURL(damaged)
        case 7: return ["nanmm", "infmm", "-10mm", "1e308mm", "1000mm", "0x10pt"].randomElement(using: &rng)!
        default: return PNGFixture.dataURL(good)
        }
    }

    static func randomString(_ rng: inout SplitMix) -> String {
        if Int.random(in: 0..<40, using: &rng) == 0 { return hostileString(&rng) }
        let pieces: [String] = ["Độc lập", "hòa", "hoà", "Ủy", "uỷ", "Céng hoµ", "Coäng hoøa", "**đậm**", "*nghiêng*", "^[chú thích]",
                                "__gạch__", "\n", "\t", "\r", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{200B}", "\u{FEFF}", "\u{202E}",
                                "\u{AD}", "a\u{301}\u{323}\u{302}\u{303}", "\u{301}", "漢字", "👍🏽", "☎", "ℌ", "ﬁ", " ", "   ", "-", "–", "/",
                                "Số: 05/QĐ", "T/M", "KT.", "TS.", "Lưu", "ngày 05 tháng 03", "2024-02-30", "9999-99-99", "\"", "\\",
                                "{", "[", "]", "}", String(repeating: "x", count: 300), String(repeating: "ộ", count: 2000),
                                "http://example.com/" + String(repeating: "a/", count: 200)]
        var out = ""
        for _ in 0..<Int.random(in: 0...6, using: &rng) { out += pieces.randomElement(using: &rng)! }
        if Bool.random(using: &rng) {
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                // Any scalar, surrogates excluded (a Swift String cannot hold them).
                let value = UInt32.random(in: 0...0x10FFFF, using: &rng)
                if let scalar = Unicode.Scalar(value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    static func randomValue(_ rng: inout SplitMix, depth: Int) -> JSONValue {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .number([0, -1, 1, 5, 0.5, 1e15, -1e15, 1e308, -1e308, 5e-324, 9_007_199_254_740_993, 123_456_789_012, 4_294_967_295,
                                -9_223_372_036_854_775_808]
            .randomElement(using: &rng)!)
        case 3, 4, 5: return .string(randomString(&rng))
        case 6, 7:
            guard depth < 6 else { return .string(randomString(&rng)) }
            return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in randomValue(&rng, depth: depth + 1) })
        default:
            guard depth < 6 else { return .number(1) }
            return .object((0..<Int.random(in: 0...4, using: &rng)).map { _ in
                // Now and then a key far longer than any name (up to twice the 1 KB bound).
                let key = Int.random(in: 0..<60, using: &rng) == 0
                    ? String(repeating: "k", count: Int.random(in: 500...2_048, using: &rng)) : keys.randomElement(using: &rng)!
                return (key, randomValue(&rng, depth: depth + 1))
            })
        }
    }

    /// Replaces, inserts or deletes at a random node of `value`.
    static func mutate(_ value: JSONValue, _ rng: inout SplitMix, depth: Int = 0) -> JSONValue {
        switch value {
        case .object(var members) where !members.isEmpty && Int.random(in: 0..<4, using: &rng) > 0:
            let i = Int.random(in: 0..<members.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: members.remove(at: i)
            case 1: members.append((keys.randomElement(using: &rng)!, randomValue(&rng, depth: depth)))
            default: members[i].value = mutate(members[i].value, &rng, depth: depth + 1)
            }
            return .object(members)
        case .array(var items) where !items.isEmpty && Int.random(in: 0..<4, using: &rng) > 0:
            let i = Int.random(in: 0..<items.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: items.remove(at: i)
            case 1: items.insert(randomValue(&rng, depth: depth), at: i)
            default: items[i] = mutate(items[i], &rng, depth: depth + 1)
            }
            return .array(items)
        default:
            return randomValue(&rng, depth: depth)
        }
    }

    /// Byte edits: flips, invalid UTF-8, deletions, duplications, truncation.
    static func mangle(_ bytes: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
        var out = bytes
        for _ in 0..<Int.random(in: 1...4, using: &rng) where !out.isEmpty {
            let i = Int.random(in: 0..<out.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: out[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            case 1: out.insert([0xC0, 0xFF, 0x80, 0xED, 0xA0, 0x00, 0x1B].randomElement(using: &rng)!, at: i)
            case 2: out.removeSubrange(i..<min(out.count, i + Int.random(in: 1...20, using: &rng)))
            case 3: out.insert(contentsOf: out[i..<min(out.count, i + 30)], at: i)
            case 4: out = Array(out.prefix(i))
            default: out.insert(contentsOf: Array(String(repeating: "[", count: Int.random(in: 1...120, using: &rng)).utf8), at: i)
            }
        }
        return out
    }

    /// Four parts of 5,000 (run in parallel), 20,000 in all.
    @Test(arguments: 0..<4)
    func twentyThousandDocumentsNeverCrash(part: Int) throws {
        var rng = SplitMix(state: 20_241_129 &+ UInt64(part) &* 1_000_003)
        let parsedSeeds = Self.seeds.compactMap { try? JSONParser.parse($0) }
        #expect(parsedSeeds.count >= 30)
        var decoded = 0, failed = 0, checked = 0, rendered = 0
        for index in 0..<5_000 {
            let input: [UInt8]
            switch index % 10 {
            case 0: input = Self.mangle(Self.seeds.randomElement(using: &rng)!, &rng)
            case 1: input = Array(Self.mutate(parsedSeeds.randomElement(using: &rng)!, &rng).serialized(indent: nil).utf8)
            case 2...6:
                // A small document around a piece of a real one, mutated.
                let seed = parsedSeeds.randomElement(using: &rng)!
                guard case .object(let members) = seed else { continue }
                let kept = members.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
                    .map { member -> (key: String, value: JSONValue) in
                        guard case .array(let items) = member.value, items.count > 3 else { return member }
                        return (member.key, .array(Array(items.prefix(3))))
                    }
                input = Array(Self.mutate(.object(kept), &rng).serialized(indent: nil).utf8)
            default: input = Array(Self.randomValue(&rng, depth: 0).serialized(indent: nil).utf8)
            }
            do {
                let (document, _, source) = try DocumentDecoder.decodeWithSource(input)
                decoded += 1
                if let (profile, _) = try? Repository.engine.profile(for: document) {
                    for finding in Linter.check(document, source: source, profile: profile) {
                        #expect(!finding.diagnostic.code.rawValue.isEmpty && !finding.diagnostic.english.message.isEmpty)
                    }
                }
                if decoded % 20 == 0 {
                    checked += 1
                    let result = Repository.engine.check(json: input)
                    #expect(result.diagnostics.allSatisfy { !$0.code.rawValue.isEmpty && !$0.english.message.isEmpty }, "input \(index)")
                }
                if decoded % 100 == 0 {
                    do {
                        let pdf = try Repository.engine.render(json: input, options: RenderOptions(enforceChecks: false)).pdf
                        #expect(pdf.starts(with: Array("%PDF-".utf8)), "input \(index)")
                        rendered += 1
                    } catch {
                        #expect(!error.diagnostics.isEmpty, "input \(index)")
                    }
                }
            } catch {
                failed += 1
                #expect(!error.diagnostics.isEmpty, "input \(index)")
                for d in error.diagnostics {
                    #expect(!d.code.rawValue.isEmpty && !d.english.message.isEmpty && d.english.hint?.isEmpty == false, "input \(index): \(d)")
                }
            }
        }
        // The mix exercises both sides.
        #expect(decoded > 500 && failed > 500, "decoded \(decoded), failed \(failed)")
        #expect(checked > 25 && rendered > 5, "checked \(checked), rendered \(rendered)")
    }
}
