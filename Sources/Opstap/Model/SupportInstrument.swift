/// A support instrument an opening offers to bridge a gap (seed 001).
public enum SupportInstrument: UInt8, Coded {
    case jobcoach = 0
    /// Wage subsidy for a loonwaarde below the minimum wage.
    case loonkostensubsidie
    /// Trial placement with benefit kept.
    case proefplaatsing
    /// Learning-and-working place.
    case leerwerkplek

    public var code: String {
        switch self {
        case .jobcoach: "jobcoach"
        case .loonkostensubsidie: "loonkostensubsidie"
        case .proefplaatsing: "proefplaatsing"
        case .leerwerkplek: "leerwerkplek"
        }
    }
}

/// A set of support instruments as a bitmask.
public struct SupportInstrumentSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public init(_ instrument: SupportInstrument) { rawValue = 1 << instrument.rawValue }
    public func contains(_ instrument: SupportInstrument) -> Bool { rawValue & (1 << instrument.rawValue) != 0 }
    public var members: [SupportInstrument] { SupportInstrument.allCases.filter(contains) }
}
