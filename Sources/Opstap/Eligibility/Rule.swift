/// A hard eligibility rule. A pair that fails any rule is not eligible; the explanation lists
/// every rule that failed. The codes are stable: outputs and docs refer to them.
public enum Rule: Int, Coded {
    case placeability = 0
    case distance
    case licence
    case code95
    case dutchLevel
    case restriction
    case schedule
    case targetGroup
    case ladderStep
    case validUntil
    case coverage

    public var code: String {
        switch self {
        case .placeability: "placeability"
        case .distance: "distance"
        case .licence: "licence"
        case .code95: "code95"
        case .dutchLevel: "dutch_level"
        case .restriction: "restriction"
        case .schedule: "schedule"
        case .targetGroup: "target_group"
        case .ladderStep: "ladder_step"
        case .validUntil: "valid_until"
        case .coverage: "coverage"
        }
    }

    /// What the rule asks, in a short sentence.
    public func statement(_ lang: Language) -> String {
        switch self {
        case .placeability: lang.pick("De opening staat open voor de plaatsbaarheid van de klant.", "The opening accepts the client's placeability.")
        case .distance: lang.pick("De opening ligt binnen de reisafstand die de klant wil afleggen.", "The opening is within the client's travel distance.")
        case .licence: lang.pick("De klant heeft de gevraagde rijbewijzen.", "The client holds the required licences.")
        case .code95: lang.pick("Voor beroepsvervoer heeft de klant een geldige code 95.", "For professional driving the client holds a valid code 95.")
        case .dutchLevel: lang.pick("De klant spreekt genoeg Nederlands voor de opening.", "The client's Dutch meets the opening's minimum.")
        case .restriction: lang.pick("Het werk past bij de beperkingen van de klant.", "The work does not clash with the client's restrictions.")
        case .schedule: lang.pick("De klant kan op de tijden van de dienst.", "The client is available at the shift's times.")
        case .targetGroup: lang.pick("De klant hoort bij een doelgroep die het contract noemt.", "The client is in a target group the contract names.")
        case .ladderStep: lang.pick("De stap op de participatieladder is niet te groot.", "The step on the participation ladder is not too big.")
        case .validUntil: lang.pick("De opening is nog geldig.", "The opening is still valid.")
        case .coverage: lang.pick("De klant heeft genoeg van de gevraagde vaardigheden.", "The client has enough of the required competences.")
        }
    }
}

/// A set of rules as a bitmask: the failures of one pair.
public struct RuleSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public init(_ rule: Rule) { rawValue = 1 << rule.rawValue }
    public func contains(_ rule: Rule) -> Bool { rawValue & (1 << rule.rawValue) != 0 }
    public var members: [Rule] { Rule.allCases.filter(contains) }
    public var count: Int { rawValue.nonzeroBitCount }
}
