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
        public var text: String
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
    /// Things the professional should know that are not failures (an unknown Dutch level that
    /// the policy lets pass).
    public var notes: [String]

    /// A short reason for lists: for an eligible pair the sentences of the three components that
    /// add most, then notes; otherwise the rules that failed.
    public var reasons: String {
        eligible ? componentReasons : failures.map(\.text).joined(separator: "; ")
    }

    /// The sentences of the three components that add most, then notes (also for near misses).
    public var componentReasons: String {
        let top = components.filter { $0.applies && $0.contribution > 0 }
            .sorted { $0.contribution > $1.contribution || ($0.contribution == $1.contribution && $0.component.rawValue < $1.component.rawValue) }
            .prefix(3).map(\.text)
        return (top + notes).joined(separator: "; ")
    }
}
