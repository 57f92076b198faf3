/// Small text helpers every layer uses, in one place (no Foundation).
extension StringProtocol {
    /// The text without leading and trailing ASCII spaces, tabs and line ends.
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }

    /// The text without the given characters at either end.
    public func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// Whether the UTF-8 bytes hold `byte` (a scan of the contiguous bytes: the generic
    /// `utf8.contains` walks the view index by index, ten times slower on long paragraphs).
    public func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }

    /// Whether `target` occurs in the text, matched byte for byte in UTF-8 (see `replacingAll`).
    public func containsBytes(of target: String) -> Bool {
        var text = self, target = target
        return target.withUTF8 { needle in text.withUTF8 { Self.firstMatch(of: needle, in: $0, from: 0) != nil } }
    }

    /// Replaces every occurrence of `target` (no Foundation needed). Matched byte for byte in
    /// UTF-8 — the targets are placeholders and punctuation (`{day}`, `~`, `.`) — and a text
    /// without the target is returned as it is, without a copy: this runs on every member name
    /// of every document (JSON pointers) and every header pattern.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        var text = self, target = target
        return target.withUTF8 { needle -> String in
            text.withUTF8 { bytes -> String in
                guard !needle.isEmpty, var match = Self.firstMatch(of: needle, in: bytes, from: 0) else { return self }
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count + replacement.utf8.count)
                var runStart = 0
                while true {
                    out.append(contentsOf: bytes[runStart..<match])
                    out.append(contentsOf: replacement.utf8)
                    runStart = match + needle.count
                    guard let next = Self.firstMatch(of: needle, in: bytes, from: runStart) else { break }
                    match = next
                }
                out.append(contentsOf: bytes[runStart...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    /// The offset of the first occurrence of `needle` in `bytes` at or after `start`.
    private static func firstMatch(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == first, (1..<needle.count).allSatisfy({ bytes[i + $0] == needle[$0] }) { return i }
            i += 1
        }
        return nil
    }

    /// `value` in decimal with leading zeros to `width` digits (`05`, `000042`).
    public static func zeroPadded<T: BinaryInteger>(_ value: T, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `value` in upper-case hexadecimal with leading zeros to `width` digits (`00E9`).
    public static func hexadecimal<T: BinaryInteger>(_ value: T, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `U+1EC7`: how a character is named in messages.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String { "U+" + hexadecimal(scalar.value, width: 4) }
}

/// Paths as text (no Foundation).
public enum FilePath {
    /// The folder of `path`: `.` for a bare name, `/` for a file at the root.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path` (`a/b.json` → `b.json`).
    public static func lastComponent(_ path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }
}

extension Array where Element == Diagnostic {
    /// Errors first, each group in its order.
    public var errorsFirst: [Diagnostic] { filter { $0.severity == .error } + filter { $0.severity != .error } }
}
