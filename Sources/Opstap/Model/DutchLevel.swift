/// Dutch language level on the CEFR scale, or `unknown` when it was never assessed.
///
/// `unknown` is not a level: it is not below A1 and not above C2. Comparisons that matter for
/// eligibility must handle it explicitly (`rank` is nil for it).
public enum DutchLevel: UInt8, Coded {
    case none = 0
    case a1, a2, b1, b2, c1, c2
    case unknown = 255

    public var code: String {
        switch self {
        case .none: "none"
        case .a1: "A1"
        case .a2: "A2"
        case .b1: "B1"
        case .b2: "B2"
        case .c1: "C1"
        case .c2: "C2"
        case .unknown: "unknown"
        }
    }

    /// 0 (none) to 6 (C2); nil for `unknown`.
    public var rank: Int? { self == .unknown ? nil : Int(rawValue) }
}
