/// Why a client and an opening do or do not fit: every rule that failed, and for an eligible pair
/// every component with its value, weight and contribution. The contributions add up to the score.
public struct Explanation: Sendable {
    public struct ComponentLine: Sendable {
        public var component: ScoreComponent
        public var applies: Bool
        public var value: Double
        public var weight: Double
        /// Score points; the contributions of all lines add up to `score`.
        public var contribution: Double
        /// What the component looked at, for the whole explanation (good or not).
        public var text: String
        /// A sentence in the pair's favour, for lists; nil when the component does not speak
        /// for the pair (docs/scoring.md, "Reasons").
        public var reason: String?
    }

    public struct RuleLine: Sendable {
        public var rule: Rule
        public var text: String
    }

    public var client: ClientID
    public var opening: OpeningID
    public var eligible: Bool
    public var score: Double
    public var components: [ComponentLine]
    /// The rules that failed, in rule order.
    public var failures: [RuleLine]
    /// What the professional must check before acting on the proposal; never part of the score.
    public var attention: [AttentionPoint]

    /// The attention points' sentences.
    public var notes: [String] { attention.map(\.text) }

    /// A short reason for lists: for an eligible pair the reasons of the (at most) three
    /// components that add most; otherwise the rules that failed.
    public var reasons: String {
        eligible ? componentReasons : failures.map(\.text).joined(separator: "; ")
    }

    /// `reasons`, or, for an eligible pair where no component speaks for it, a sentence that
    /// says so (an empty cell would hide that the proposal rests on nothing in particular).
    public func reasons(_ lang: Language) -> String {
        let text = reasons
        return text.isEmpty && eligible ? lang.pick("Geen sterke punten gevonden, zie de uitleg", "No strong points found, see the explanation") : text
    }

    /// The reasons of the three components that add most and speak for the pair (also for near
    /// misses); ties in the order of the components.
    public var componentReasons: String {
        components.filter { $0.applies && $0.contribution > 0 && $0.reason != nil }
            .sorted { $0.contribution > $1.contribution || ($0.contribution == $1.contribution && $0.component.rawValue < $1.component.rawValue) }
            .prefix(3).map { $0.reason! }.joined(separator: "; ")
    }
}

/// Something the professional must check before calling the client or the employer: a low
/// attitude, a profile not confirmed for a year, an unknown Dutch level, a competence below the
/// asked level, support to arrange, a restriction to discuss, hours, a reservation. Attention
/// points never change a score (docs/scoring.md, "Attention points").
public struct AttentionPoint: Sendable, Hashable {
    public enum Code: String, Sendable, CaseIterable {
        /// Houding 1 or 2.
        case lowAttitude = "low_attitude"
        /// Profile not confirmed for over a year.
        case staleProfile = "stale_profile"
        /// The opening asks a Dutch level and the client's is unknown.
        case dutchLevelUnknown = "dutch_level_unknown"
        /// A required competence held below the asked level.
        case belowLevel = "below_level"
        /// A client not placeable without help: the support must be arranged (or is not offered).
        case supportNeeded = "support_needed"
        /// The client has restrictions; none clashes with what the opening states, but the
        /// employer should confirm the work fits them.
        case restriction
        /// The opening asks more hours than the client can work.
        case hours
        /// The client is already in mediation for this opening.
        case inMediation = "in_mediation"
    }

    public var code: Code
    public var text: String

    public init(_ code: Code, _ text: String) {
        self.code = code
        self.text = text
    }
}
