/// Plaatsbaarheid (placeability): can the client be placed in paid work now?
/// It decides which professional supports the client (seed 001, section 4.3).
public enum Placeability: UInt8, Coded {
    /// Plaatsbaarheid *wel*: placeable.
    case placeable = 0
    /// Plaatsbaarheid *moeilijk*: hard to place.
    case hardToPlace = 1
    /// Plaatsbaarheid *tijdelijk niet*: temporarily not placeable, care comes first.
    case notPlaceable = 2

    public var code: String {
        switch self {
        case .placeable: "placeable"
        case .hardToPlace: "hard_to_place"
        case .notPlaceable: "not_placeable"
        }
    }

    public var dutchName: String {
        switch self {
        case .placeable: "wel plaatsbaar"
        case .hardToPlace: "moeilijk plaatsbaar"
        case .notPlaceable: "tijdelijk niet plaatsbaar"
        }
    }
}

/// A set of placeabilities, e.g. the ones an opening accepts.
public struct PlaceabilitySet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public init(_ value: Placeability) { rawValue = 1 << value.rawValue }

    public static let all = PlaceabilitySet(rawValue: 0b111)

    public func contains(_ value: Placeability) -> Bool { rawValue & (1 << value.rawValue) != 0 }
    public var members: [Placeability] { Placeability.allCases.filter(contains) }
}
