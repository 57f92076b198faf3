import VanBanCommandLine

/// `--shard K/N`: the part of a batch one of N machines renders (docs/scale.md). Input number i
/// (from 1, in input order) belongs to part ((i − 1) mod N) + 1, so the parts need no
/// coordination, together hold every input once, and every name is the one a single run gives.
struct Shard: Sendable, Equatable {
    /// K, from 1.
    let part: Int
    /// N.
    let parts: Int

    /// The whole batch.
    static let whole = Shard(part: 1, parts: 1)

    /// The most parts a batch may be cut into.
    static let mostParts = 100_000

    private init(part: Int, parts: Int) {
        self.part = part
        self.parts = parts
    }

    /// Parses `K/N`; anything else, or K outside 1…N, is a usage error.
    init(parsing text: String) throws {
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2, halves.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let part = Int(halves[0]), let parts = Int(halves[1]), (1...Self.mostParts).contains(parts), (1...parts).contains(part) else {
            throw CLIError(.cliShard, ["value": .text(text), "most": .number(Self.mostParts)])
        }
        self.init(part: part, parts: parts)
    }

    /// Whether input number `index` (from 1) is in this part.
    func includes(_ index: Int) -> Bool { (index - 1) % parts == part - 1 }

    /// How many of `total` inputs are in this part.
    func count(of total: Int) -> Int { total / parts + (total % parts >= part ? 1 : 0) }
}
