import VanBanModel

/// How much of what Vietnamese documents need a face covers (`vanban fonts`).
public struct FontCoverage: Sendable, Hashable {
    public var codePoints: Int
    public var vietnameseLetters: (covered: Int, total: Int)
    public var combiningMarks: (covered: Int, total: Int)
    public var punctuation: (covered: Int, total: Int)
    /// Required characters the face lacks.
    public var missing: [Unicode.Scalar]

    public static func == (a: FontCoverage, b: FontCoverage) -> Bool {
        a.codePoints == b.codePoints && a.missing == b.missing
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(codePoints); hasher.combine(missing) }

    /// The 146 precomposed letters of Vietnamese: a ă â e ê i o ô ơ u ư y with no tone and the five
    /// tones, in both cases, and đ Đ.
    public static let vietnameseLetters: [Unicode.Scalar] = {
        let vowels = "aăâeêioôơuưy"
        let tones: [String] = ["", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]
        var letters: [Unicode.Scalar] = []
        for vowel in vowels {
            for tone in tones {
                for cased in [String(vowel), String(vowel).uppercased()] {
                    letters += TextNormalizer.nfc(cased + tone).unicodeScalars
                }
            }
        }
        return letters + ["đ", "Đ"]
    }()

    /// Combining marks of decomposed Vietnamese (grave, acute, circumflex, tilde, breve, hook, horn, dot below).
    public static let combiningMarks: [Unicode.Scalar] =
        ["\u{0300}", "\u{0301}", "\u{0302}", "\u{0303}", "\u{0306}", "\u{0309}", "\u{031B}", "\u{0323}"]

    /// Punctuation of official documents: quotes, dashes, ellipsis, no-break space, section sign.
    public static let punctuation: [Unicode.Scalar] =
        ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{2013}", "\u{2014}", "\u{2026}", "\u{00A0}", "§", "№"]

    /// The coverage of `face`.
    public init(face: FontFace) {
        let mapped = face.codePoints()
        func count(_ list: [Unicode.Scalar]) -> (Int, Int) { (list.filter { mapped.contains($0.value) }.count, list.count) }
        codePoints = mapped.count
        vietnameseLetters = count(Self.vietnameseLetters)
        combiningMarks = count(Self.combiningMarks)
        punctuation = count(Self.punctuation)
        missing = (Self.vietnameseLetters + Self.combiningMarks + Self.punctuation).filter { !mapped.contains($0.value) }
    }
}
