/// A diagnostic's stable identifier (docs/model.md, "Diagnostics"): the same in every language,
/// what programs match on. The codes of VanBan's own messages are static members
/// (`DiagnosticCode.modelMissingField`); the thể thức checks make theirs from the profile's clauses
/// (`ND30.PL1.II.7.AUTHORITY_PREFIX`).
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// `MODEL.MISSING_FIELD`.
    public let rawValue: String
    /// A code by its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A code written as a literal, `"MODEL.MISSING_FIELD"`.
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    /// The input is not readable JSON (`JSON.*`): the HTTP service answers 400.
    public var isJSON: Bool { rawValue.hasPrefix("JSON.") }
    /// VanBan itself failed, not the document (`RENDER.FAILED`, `RENDER.FIELDS`, `SERVICE.INTERNAL`): 500, logged.
    public var isInternal: Bool { self == .renderFailed || self == .renderFields || self == .serviceInternal }
}
