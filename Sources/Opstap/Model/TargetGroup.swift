/// A legal target group (doelgroep) a client belongs to.
///
/// These are eligibility facts that social-return contracts name ("open to bijstand and
/// doelgroepregister"); they are never score weights.
public enum TargetGroup: UInt8, Coded {
    /// Participatiewet (bijstand, welfare).
    case bijstand = 0
    /// IOAW: older, partially disabled unemployed employees.
    case ioaw
    /// IOAZ: older, partially disabled former self-employed.
    case ioaz
    /// Doelgroepregister (banenafspraak): work-limiting disability.
    case doelgroepregister
    /// Niet-uitkeringsgerechtigd: job seekers without benefit.
    case nug
    /// WW: unemployment insurance.
    case ww
    /// Statushouder: refugee with a residence permit, in inburgering.
    case statushouder

    public var code: String {
        switch self {
        case .bijstand: "bijstand"
        case .ioaw: "ioaw"
        case .ioaz: "ioaz"
        case .doelgroepregister: "doelgroepregister"
        case .nug: "nug"
        case .ww: "ww"
        case .statushouder: "statushouder"
        }
    }
}

/// A set of target groups as a bitmask.
public struct TargetGroupSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public init(_ group: TargetGroup) { rawValue = 1 << group.rawValue }
    public func contains(_ group: TargetGroup) -> Bool { rawValue & (1 << group.rawValue) != 0 }
    public var members: [TargetGroup] { TargetGroup.allCases.filter(contains) }
}
