/// A Dutch driving-licence category (rijbewijscategorie).
public enum Licence: UInt8, Coded {
    case am, a1, a2, a, b, be, c1, c1e, c, ce, d1, d1e, d, de, t

    public var code: String {
        switch self {
        case .am: "AM"
        case .a1: "A1"
        case .a2: "A2"
        case .a: "A"
        case .b: "B"
        case .be: "BE"
        case .c1: "C1"
        case .c1e: "C1E"
        case .c: "C"
        case .ce: "CE"
        case .d1: "D1"
        case .d1e: "D1E"
        case .d: "D"
        case .de: "DE"
        case .t: "T"
        }
    }

    /// The categories one holds by holding this one: a higher category needs the lower one first
    /// (C needs B, CE needs C and BE, D needs D1, ...), or includes it (A includes A2 and A1).
    var directlyImplies: [Licence] {
        switch self {
        case .am, .a1, .t: []
        case .a2: [.a1]
        case .a: [.a2]
        case .b: [.am]
        case .be, .c1, .d1: [.b]
        case .c: [.c1]
        case .c1e: [.c1, .be]
        case .ce: [.c, .c1e]
        case .d: [.d1]
        case .d1e: [.d1, .be]
        case .de: [.d, .d1e]
        }
    }

    /// Professional goods or passenger transport, for which code 95 is required.
    public var needsCode95: Bool {
        switch self {
        case .c1, .c1e, .c, .ce, .d1, .d1e, .d, .de: true
        default: false
        }
    }
}

/// A set of licence categories as a bitmask: the cheap hard filter is one AND.
public struct LicenceSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public init(_ licence: Licence) { rawValue = 1 << licence.rawValue }

    public func contains(_ licence: Licence) -> Bool { rawValue & (1 << licence.rawValue) != 0 }
    public var members: [Licence] { Licence.allCases.filter(contains) }

    /// This set with every category it implies (CE covers C, C1E, C1, BE, B and AM).
    /// - Complexity: one table look-up per category held; no allocation (it runs per pair).
    @inlinable public var withImplied: LicenceSet {
        var result: UInt16 = 0
        var bits = rawValue
        while bits != 0 {
            let k = bits.trailingZeroBitCount
            result |= LicenceSet.closure[k]
            bits &= bits - 1
        }
        return LicenceSet(rawValue: result)
    }

    /// Per category (by raw value): the category and everything it implies, computed once.
    @usableFromInline static let closure: [UInt16] = Licence.allCases.map { licence in
        var result = LicenceSet(licence)
        var changed = true
        while changed {
            changed = false
            for held in result.members {
                for implied in held.directlyImplies where !result.contains(implied) {
                    result.insert(LicenceSet(implied))
                    changed = true
                }
            }
        }
        return result.rawValue
    }

    /// True when holding `self` (with what it implies) covers every category in `required`.
    @inlinable public func covers(_ required: LicenceSet) -> Bool {
        withImplied.rawValue & required.rawValue == required.rawValue
    }
}
