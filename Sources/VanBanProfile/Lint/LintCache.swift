import Foundation
import VanBanModel

/// What the checks derive from a profile's own strings, computed once per process instead of once
/// per document: the compiled `lint.lastDistribution` pattern (compiling it costs more than all the
/// other checks together) and the comparable form of the fixed strings (docs/performance.md,
/// "The checks"). Profiles are few; past `limit` entries (a request's own profiles) values are
/// computed and not kept.
enum LintCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var patterns: [String: Regex<AnyRegexOutput>] = [:]
    nonisolated(unsafe) private static var comparables: [String: String] = [:]
    private static let limit = 64

    static func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        lock.lock()
        defer { lock.unlock() }
        if let regex = patterns[pattern] { return regex }
        guard let regex = try? Regex(pattern) else { return nil }
        if patterns.count < limit { patterns[pattern] = regex }
        return regex
    }

    /// `LintContext.comparable(text)` of a profile's string.
    static func comparable(_ text: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let value = comparables[text] { return value }
        let value = LintContext.comparable(text)
        if comparables.count < limit { comparables[text] = value }
        return value
    }
}
