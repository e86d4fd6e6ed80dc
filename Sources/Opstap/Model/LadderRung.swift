/// A rung of the participatieladder (participation ladder), monitored quarterly (seed 003).
public enum LadderRung: UInt8, Coded, Comparable {
    /// Geïsoleerd.
    case isolated = 1
    /// Sociale contacten buitenshuis.
    case socialContacts = 2
    /// Deelname georganiseerde activiteiten.
    case organisedActivities = 3
    /// Onbetaald werk (volunteering, work experience).
    case unpaidWork = 4
    /// Betaald werk met ondersteuning (wage subsidy, job coach).
    case paidWorkWithSupport = 5
    /// Betaald werk.
    case paidWork = 6

    /// The code in files is the number: `1` ... `6`.
    public var code: String { String(rawValue) }

    public var dutchName: String {
        switch self {
        case .isolated: "geïsoleerd"
        case .socialContacts: "sociale contacten buitenshuis"
        case .organisedActivities: "deelname georganiseerde activiteiten"
        case .unpaidWork: "onbetaald werk"
        case .paidWorkWithSupport: "betaald werk met ondersteuning"
        case .paidWork: "betaald werk"
        }
    }

    public static func < (a: LadderRung, b: LadderRung) -> Bool { a.rawValue < b.rawValue }
}
