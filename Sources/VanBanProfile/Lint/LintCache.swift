import Synchronization
import VanBanModel

/// What the checks derive from a profile's own strings, computed once per process instead of once
/// per document: the compiled `lint.lastDistribution` pattern (compiling it costs more than all the
/// other checks together) and the comparable form of the fixed strings (docs/performance.md,
/// "The checks"). Profiles are few; past `limit` entries (a request's own profiles) values are
/// computed and not kept.
enum LintCache {
    private static let patterns = Mutex<[String: Regex<AnyRegexOutput>]>([:])
    private static let comparables = Mutex<[String: String]>([:])
    private static let limit = 64

    static func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        patterns.withLock { patterns in
            if let regex = patterns[pattern] { return regex }
            guard let regex = try? Regex(pattern) else { return nil }
            if patterns.count < limit { patterns[pattern] = regex }
            return regex
        }
    }

    /// `LintContext.comparable(text)` of a profile's string.
    static func comparable(_ text: String) -> String {
        comparables.withLock { comparables in
            if let value = comparables[text] { return value }
            let value = LintContext.comparable(text)
            if comparables.count < limit { comparables[text] = value }
            return value
        }
    }
}
