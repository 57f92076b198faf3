import VanBanModel

/// Stage 1 of setting a paragraph: the text between explicit line breaks (`\n`), each with its
/// spaces collapsed.
extension ParagraphSetter {
    /// Splits at `\n`, collapses runs of spaces and trims each hard line.
    static func hardLines(_ runs: [StyledText]) -> [[StyledText]] {
        var result: [[StyledText]] = []
        var current: [StyledText] = []
        for run in runs {
            guard run.text.containsByte(0x0A) else {
                current.append(run)
                continue
            }
            let pieces = run.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            for (i, piece) in pieces.enumerated() {
                if i > 0 {
                    result.append(Self.collapseSpaces(current))
                    current = []
                }
                if !piece.isEmpty { current.append(StyledText(String(decoding: piece, as: UTF8.self), run.style, footnote: run.footnote)) }
            }
        }
        result.append(Self.collapseSpaces(current))
        return result
    }

    /// One space between words, none at the ends (tabs count as spaces). A collapsed space stays
    /// in the run where it was written, so it takes that run's style (an underline stops before it).
    /// Works on UTF-8 bytes: the white space it handles is ASCII.
    static func collapseSpaces(_ line: [StyledText]) -> [StyledText] {
        var out: [StyledText] = []
        var spaceOwner: Int?  // index in `out` of the run that holds the pending space
        var atStart = true
        var bytes: [UInt8] = []
        for run in line {
            bytes.removeAll(keepingCapacity: true)
            var changed = false
            var text = run.text
            text.withUTF8 { utf8 in
                bytes.reserveCapacity(utf8.count)
                for b in utf8 {
                    if b == 0x20 || b == 0x09 || b == 0x0D {
                        if !atStart, spaceOwner == nil { spaceOwner = out.count }
                        changed = changed || b != 0x20 || bytes.last == 0x20 || bytes.isEmpty
                        continue
                    }
                    if let owner = spaceOwner {
                        if owner == out.count {
                            if bytes.isEmpty { changed = true }
                            bytes.append(0x20)
                        } else {
                            out[owner].text.append(" ")
                        }
                        spaceOwner = nil
                    }
                    bytes.append(b)
                    atStart = false
                }
            }
            if !bytes.isEmpty {
                let text = changed || bytes.count != run.text.utf8.count ? String(decoding: bytes, as: UTF8.self) : run.text
                out.append(StyledText(text, run.style, footnote: run.footnote))
            } else if spaceOwner == out.count, let last = out.indices.last {
                // A run of nothing but spaces: the space belongs to the text before it.
                spaceOwner = last
            }
        }
        return out
    }
}
