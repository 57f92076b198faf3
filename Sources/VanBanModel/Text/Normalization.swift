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
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) { continue }
            return false
        }
        return true
    }
}
