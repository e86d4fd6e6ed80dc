/// Houding (attitude): the client's own motivation, on a scale of 1 to 4.
/// "De wens, de wil en de mogelijkheden van de klant staan centraal" (seed 000).
public enum Attitude: UInt8, Coded, Comparable {
    case refuses = 1
    case hesitant = 2
    case willing = 3
    case motivated = 4

    /// The code in files is the number: `1` ... `4`.
    public var code: String { String(rawValue) }

    public static func < (a: Attitude, b: Attitude) -> Bool { a.rawValue < b.rawValue }
}
