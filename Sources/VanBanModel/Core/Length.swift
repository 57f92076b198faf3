/// A typed length. Stored in PDF points (1/72 in); built from mm, cm or pt so that
/// constants read like the standard that sets them (`.mm(30)` for a 30 mm margin).
public struct Length: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The length in PDF points. Convert to `Double` only at the drawing call.
    public var points: Double

    /// Creates a length of `points` PDF points.
    @inlinable public init(points: Double) { self.points = points }

    /// A length in PDF points (1/72 in).
    @inlinable public static func pt(_ value: Double) -> Length { Length(points: value) }
    /// A length in millimetres.
    @inlinable public static func mm(_ value: Double) -> Length { Length(points: value * 72.0 / 25.4) }
    /// A length in centimetres.
    @inlinable public static func cm(_ value: Double) -> Length { Length(points: value * 720.0 / 25.4) }
    /// No length: 0 pt.
    @inlinable public static var zero: Length { Length(points: 0) }

    /// The length in millimetres.
    @inlinable public var millimetres: Double { points * 25.4 / 72.0 }

    /// Sum of two lengths.
    @inlinable public static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    /// Difference of two lengths.
    @inlinable public static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    /// The length scaled by a factor.
    @inlinable public static func * (a: Length, k: Double) -> Length { Length(points: a.points * k) }
    /// The length scaled by a factor.
    @inlinable public static func * (k: Double, a: Length) -> Length { Length(points: a.points * k) }
    /// The length divided by a number.
    @inlinable public static func / (a: Length, k: Double) -> Length { Length(points: a.points / k) }
    /// Ratio of two lengths, a plain number.
    @inlinable public static func / (a: Length, b: Length) -> Double { a.points / b.points }
    /// The length with its sign reversed.
    @inlinable public static prefix func - (a: Length) -> Length { Length(points: -a.points) }
    /// Adds a length in place.
    @inlinable public static func += (a: inout Length, b: Length) { a.points += b.points }
    /// Subtracts a length in place.
    @inlinable public static func -= (a: inout Length, b: Length) { a.points -= b.points }
    @inlinable public static func < (a: Length, b: Length) -> Bool { a.points < b.points }

    public var description: String { "\(points)pt" }

    /// Parses `"30mm"`, `"1cm"`, `"1.27cm"`, `"6pt"`, `"0.5in"`; a bare number is points. Only
    /// plain decimals are numbers (not `nan`, `inf` or hexadecimal), and the length is finite.
    public static func parse(_ text: String) -> Length? {
        let units: [(String, (Double) -> Length)] = [
            ("mm", Length.mm), ("cm", Length.cm), ("pt", Length.pt), ("in", { Length(points: $0 * 72) }),
        ]
        let trimmed = text.trimmingSpaces()
        let unit = units.first { trimmed.hasSuffix($0.0) }
        let number = unit.map { String(trimmed.dropLast($0.0.count)).trimmingSpaces() } ?? trimmed
        guard isDecimal(number), let value = Double(number) else { return nil }
        let length = unit.map { $0.1(value) } ?? .pt(value)
        return length.points.isFinite ? length : nil
    }

    /// `-1`, `2.5`, `1e3`: an optional sign, digits with an optional fraction, an optional exponent.
    public static func isDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { (0x30...0x39).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var whole = digits()
        if bytes.first == UInt8(ascii: ".") { bytes = bytes.dropFirst(); whole += digits() }
        guard whole > 0 else { return false }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}

/// A point on a page, in points, origin at the top-left corner, y growing downwards.
public struct Point: Sendable, Hashable {
    /// Horizontal distance from the left edge of the page.
    public var x: Length
    /// Vertical distance from the top edge of the page, growing downwards.
    public var y: Length
    /// Creates a point from its two coordinates.
    public init(x: Length, y: Length) { self.x = x; self.y = y }
}

/// A page size.
public struct PageSize: Sendable, Hashable {
    /// Width of the page.
    public var width: Length
    /// Height of the page.
    public var height: Length
    /// Creates a page size from its width and height.
    public init(width: Length, height: Length) { self.width = width; self.height = height }
    /// ISO 216 A4, 210 × 297 mm (NĐ30 PL I, I.1).
    public static let a4 = PageSize(width: .mm(210), height: .mm(297))
    /// The same sheet turned on its side.
    public var landscape: PageSize { PageSize(width: height, height: width) }
}
