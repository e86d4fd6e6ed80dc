/// The parts a score is made of. Each is a value in [0, 1]; the score is their weighted mean
/// times 100, with the weights the policy sets per kind of opening.
public enum ScoreComponent: Int, Coded {
    /// Level-aware coverage of the required competences, plus the share of wished ones.
    case competences = 0
    /// Overlap of the client's wishes with the opening's sectors and activities.
    case wish
    /// Houding: the client's own motivation.
    case attitude
    /// Closeness, relative to the client's own maximum travel distance.
    case travel
    /// Fit of the opening's hours to the client's.
    case hours
    /// How well the opening's ladder rung is the client's next rung.
    case step
    /// For clients who are hard to place: support instruments on offer.
    case support
    /// Whom the opening is meant for: the kind's preference by placeability (social return is
    /// for people further from work). A policy dimension, never a protected attribute.
    case purpose

    public var code: String {
        switch self {
        case .competences: "competences"
        case .wish: "wish"
        case .attitude: "attitude"
        case .travel: "travel"
        case .hours: "hours"
        case .step: "step"
        case .support: "support"
        case .purpose: "purpose"
        }
    }

    /// The component's name for people, in the chosen language (the code stays the key).
    public func name(_ lang: Language) -> String {
        switch self {
        case .competences: lang.pick("vaardigheden", "competences")
        case .wish: lang.pick("wensen", "wishes")
        case .attitude: lang.pick("houding", "attitude")
        case .travel: lang.pick("reisafstand", "travel")
        case .hours: lang.pick("uren", "hours")
        case .step: lang.pick("stap", "step")
        case .support: lang.pick("ondersteuning", "support")
        case .purpose: lang.pick("doel van de plek", "purpose")
        }
    }

    public static let count = 8
}

/// Eight numbers, one per component, stored inline (no array allocation per pair).
public struct ComponentValues: Hashable, Sendable {
    public var values: (Double, Double, Double, Double, Double, Double, Double, Double) = (0, 0, 0, 0, 0, 0, 0, 0)

    public init() {}

    /// One value per component, by name.
    init(competences: Double, wish: Double, attitude: Double, travel: Double, hours: Double, step: Double, support: Double,
         purpose: Double) {
        values = (competences, wish, attitude, travel, hours, step, support, purpose)
    }

    public init(_ list: [Double]) {
        precondition(list.count == ScoreComponent.count)
        values = (list[0], list[1], list[2], list[3], list[4], list[5], list[6], list[7])
    }

    public subscript(_ component: ScoreComponent) -> Double {
        @inline(__always) get {
            switch component {
            case .competences: values.0
            case .wish: values.1
            case .attitude: values.2
            case .travel: values.3
            case .hours: values.4
            case .step: values.5
            case .support: values.6
            case .purpose: values.7
            }
        }
        @inline(__always) set {
            switch component {
            case .competences: values.0 = newValue
            case .wish: values.1 = newValue
            case .attitude: values.2 = newValue
            case .travel: values.3 = newValue
            case .hours: values.4 = newValue
            case .step: values.5 = newValue
            case .support: values.6 = newValue
            case .purpose: values.7 = newValue
            }
        }
    }

    public var list: [Double] { ScoreComponent.allCases.map { self[$0] } }

    public static func == (a: Self, b: Self) -> Bool { a.list == b.list }
    public func hash(into hasher: inout Hasher) { hasher.combine(list) }
}
