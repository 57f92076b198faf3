/// An RGB colour, components 0…1.
public struct Color: Sendable, Hashable {
    /// Red, 0…1.
    public var red: Double
    /// Green, 0…1.
    public var green: Double
    /// Blue, 0…1.
    public var blue: Double
    /// A colour from its components.
    public init(red: Double, green: Double, blue: Double) { self.red = red; self.green = green; self.blue = blue }
    /// Text is black (NĐ30 PL I, I.4).
    public static let black = Color(red: 0, green: 0, blue: 0)
}
