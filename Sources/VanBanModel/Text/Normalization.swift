/// Unicode normalisation for text before shaping (docs/architecture.md, "Text and fonts": shaping NFD input
/// gives correct glyphs but NFD text in the PDF, so extraction and search break).
public enum TextNormalizer {
    /// The text in Normalization Form C (precomposed `ộ`, not `o` + U+0302 + U+0323).
    public static func nfc(_ text: String) -> String {
        if isCertainlyNFC(text) { return text }
        return String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// A quick check that needs no tables: every scalar below U+0300 (Latin-1 and Latin
    /// Extended-A/B), in Latin Extended Additional (U+1E00–U+1EFF, all precomposed Vietnamese
    /// letters) or in the common punctuation U+2010–U+2027 is NFC and cannot combine with a
    /// neighbour, so such text is already NFC.
    @inlinable
    public static func isCertainlyNFC(_ text: String) -> Bool {
        // The same test on the UTF-8 bytes: below U+0300 is ASCII or a lead byte C2…CB; U+1E00…U+1EFF
        // is E1 B8…BB xx; U+2010…U+2027 is E2 80 90…A7.
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 { i += 1; continue }
                if lead >= 0xC2 && lead <= 0xCB { i += 2; continue }
                guard i + 2 < b.count else { return false }
                if lead == 0xE1 && b[i + 1] >= 0xB8 && b[i + 1] <= 0xBB || lead == 0xE2 && b[i + 1] == 0x80 && b[i + 2] >= 0x90 && b[i + 2] <= 0xA7 {
                    i += 3
                    continue
                }
                return false
            }
            return true
        }
    }
}
