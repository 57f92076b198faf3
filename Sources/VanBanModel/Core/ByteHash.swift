/// FNV-1a over bytes (64-bit): a cheap hash for tables keyed by short byte strings — member names
/// while parsing JSON, words kept by the shaper — where `Hasher` over a `String` would first
/// normalise it to NFC. Not for anything an attacker could aim collisions at: both users compare
/// the bytes on a hash match.
public struct ByteHash {
    /// The hash of the bytes so far (the offset basis before any).
    public var value: UInt64 { state }
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A hash of no bytes yet.
    public init() {}

    /// Mixes in one byte.
    @inlinable
    public mutating func combine(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// Mixes in every byte of `bytes`.
    @inlinable
    public mutating func combine(bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { combine(byte) }
    }
}
