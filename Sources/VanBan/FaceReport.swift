import VanBanModel
import VanBanText

/// What a face is used for: one of the document family's four styles, or the fallback.
public enum FaceRole: Sendable, Hashable {
    case document(FontStyle)
    case fallback

    /// The role's name in messages.
    public var term: MessageTerm {
        switch self {
        case .document(let style): style.term
        case .fallback: .faceFallback
        }
    }
}

/// A face in use and what it covers of Vietnamese (`vanban fonts`).
public struct FaceReport: Sendable, Hashable {
    /// A document style's face, or the fallback.
    public var role: FaceRole
    /// The family as the face names it (`Liberation Serif`).
    public var family: String
    /// The style as the face names it (`Bold Italic`).
    public var style: String
    /// The face's version string.
    public var version: String
    /// The file it was read from.
    public var path: String
    /// Glyphs in the face.
    public var glyphCount: Int
    /// Characters the face maps to glyphs.
    public var codePoints: Int
    /// Font units per em.
    public var unitsPerEm: Int
    /// The precomposed Vietnamese letters covered, of all of them.
    public var letters: (covered: Int, total: Int)
    /// The combining marks covered, of those Vietnamese uses.
    public var marks: (covered: Int, total: Int)
    /// The punctuation covered, of what documents use.
    public var punctuation: (covered: Int, total: Int)
    /// hhea ascender in font units.
    public var ascender: Int
    /// hhea descender in font units (a positive distance).
    public var descender: Int
    /// hhea line gap in font units.
    public var lineGap: Int
    /// Word's single line spacing, in ems.
    public var singleLine: Double
    /// Required characters the face lacks.
    public var missing: [Unicode.Scalar]

    /// Two reports are the same face in the same role.
    public static func == (a: FaceReport, b: FaceReport) -> Bool { a.role == b.role && a.path == b.path }
    /// Hashes the role and the file.
    public func hash(into hasher: inout Hasher) { hasher.combine(role); hasher.combine(path) }

    init(role: FaceRole, face: FontFace) {
        let coverage = FontCoverage(face: face)
        self.role = role
        family = face.familyName
        style = face.styleName
        version = face.version
        path = face.path
        glyphCount = face.glyphCount
        codePoints = coverage.codePoints
        unitsPerEm = Int(face.unitsPerEm)
        letters = coverage.vietnameseLetters
        marks = coverage.combiningMarks
        punctuation = coverage.punctuation
        ascender = Int(face.metrics.ascender)
        descender = Int(face.metrics.descender)
        lineGap = Int(face.metrics.lineGap)
        singleLine = face.metrics.singleLineFactor
        missing = coverage.missing
    }
}

extension Engine {
    /// The four faces of the document family, then the fallback face if one is configured.
    public var faceReports: [FaceReport] {
        FontStyle.allCases.map { FaceReport(role: .document($0), face: fonts.face($0)) }
            + (fonts.fallback.map { [FaceReport(role: .fallback, face: $0)] } ?? [])
    }

}
